package io.shoreline.portal.web.isolation;

import static io.shoreline.portal.testing.DemoLogins.ATLAS_ADMIN;
import static java.nio.charset.StandardCharsets.UTF_8;

import io.shoreline.portal.bulletins.Audience;
import io.shoreline.portal.bulletins.Bulletin;
import io.shoreline.portal.bulletins.BulletinBoard;
import io.shoreline.portal.bulletins.BulletinDraft;
import io.shoreline.portal.bulletins.Bulletins;
import io.shoreline.portal.bulletins.Urgency;
import io.shoreline.portal.bulletins.authority.AuthorityMatrix;
import io.shoreline.portal.bulletins.authority.AuthorityVersion;
import io.shoreline.portal.bulletins.authority.RuleRow;
import io.shoreline.portal.bulletins.training.TrainingCategory;
import io.shoreline.portal.bulletins.training.TrainingDocument;
import io.shoreline.portal.bulletins.training.TrainingLibrary;
import io.shoreline.portal.tenancy.isolation.TenantAccess;
import io.shoreline.portal.threads.Upload;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Bulletins, training documents and authority matrix versions of one workspace, made once through
 * the services: a bulletin of the client's side with a file (its writers are offered withdraw and a
 * new version), in the attackers' own workspace one of the vendor's side for the client's people
 * (they are offered acknowledge), a training document with a file nobody acknowledged, and a matrix
 * version. Their ids go into the map under the given prefix.
 */
@RequestScoped
public class BulletinVictims {

  @Inject TenantAccess access;
  @Inject Bulletins bulletins;
  @Inject BulletinBoard board;
  @Inject TrainingLibrary library;
  @Inject AuthorityMatrix matrix;

  void bulletinsOf(String prefix, long workspace, String clientAdmin, Map<String, String> ids) {
    if (prefix.equals("own")) {
      // only the attackers need one to acknowledge: the other client's people get no
      // notification from here (tests read their newest notification)
      access.openWorkspace(workspace, ATLAS_ADMIN);
      Bulletin incoming = bulletin("Adversarial: from the vendor", this::draft);
      ids.put(prefix + "IncomingBulletin", incoming.getId() + "");
    }
    access.openWorkspace(workspace, clientAdmin);
    Bulletin own = bulletin("Adversarial: from the client", title -> withFile(draft(title)));
    ids.put(prefix + "Bulletin", own.getId() + "");
    ids.put(prefix + "BulletinVersion", own.getVersion() + "");
    TrainingDocument document = document("Adversarial: course");
    ids.put(prefix + "TrainingDocument", document.getId() + "");
    ids.put(prefix + "TrainingDocumentVersion", document.getVersion() + "");
    ids.put(prefix + "TrainingFile", library.revisions(document.getId()).get(0).id() + "");
    AuthorityVersion version =
        matrix
            .latest()
            .orElseGet(
                () ->
                    matrix.publish(
                        LocalDate.of(2026, 1, 1),
                        "Adversarial",
                        List.of(
                            new RuleRow("Waive a late fee", new BigDecimal("25"), "EUR", "", "")),
                        0));
    ids.put(prefix + "AuthorityVersion", version.getId() + "");
    ids.put(prefix + "AuthorityNumber", version.getNumber() + "");
  }

  private Bulletin bulletin(String title, java.util.function.Function<String, BulletinDraft> made) {
    return board.page(0, 100).stream()
        .filter(bulletin -> bulletin.getTitle().equals(title))
        .findFirst()
        .orElseGet(() -> bulletins.publish(made.apply(title)));
  }

  private TrainingDocument document(String title) {
    Supplier<TrainingDocument> add =
        () ->
            library.add(
                title,
                "Only this workspace's members read this.",
                TrainingCategory.COURSE,
                new Upload("course.txt", "Returns within 30 days".getBytes(UTF_8)));
    return library.page(0, 100).stream()
        .filter(document -> document.getTitle().equals(title))
        .findFirst()
        .orElseGet(add);
  }

  private BulletinDraft draft(String title) {
    Instant now = Instant.now();
    return new BulletinDraft(
        title,
        "Only this workspace's members read this.",
        Urgency.IMPORTANT,
        now.minus(Duration.ofHours(1)),
        now.plus(Duration.ofDays(3650)),
        Audience.everyone(),
        null);
  }

  private static BulletinDraft withFile(BulletinDraft draft) {
    return new BulletinDraft(
        draft.title(),
        draft.markdown(),
        draft.urgency(),
        draft.validFrom(),
        draft.validUntil(),
        draft.audience(),
        new Upload("rota.txt", "Closed on Monday".getBytes(UTF_8)));
  }
}
