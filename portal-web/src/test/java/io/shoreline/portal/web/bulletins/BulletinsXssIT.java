package io.shoreline.portal.web.bulletins;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.shoreline.portal.bulletins.Audience;
import io.shoreline.portal.bulletins.BulletinDraft;
import io.shoreline.portal.bulletins.Bulletins;
import io.shoreline.portal.bulletins.Urgency;
import io.shoreline.portal.bulletins.authority.AuthorityMatrix;
import io.shoreline.portal.bulletins.authority.RuleRow;
import io.shoreline.portal.bulletins.training.TrainingCategory;
import io.shoreline.portal.bulletins.training.TrainingLibrary;
import io.shoreline.portal.tenancy.Partnership;
import io.shoreline.portal.tenancy.WorkspaceRole;
import io.shoreline.portal.tenancy.isolation.TenantAccess;
import io.shoreline.portal.testing.ActiveMarkup;
import io.shoreline.portal.testing.ClientsAndVendor;
import io.shoreline.portal.testing.HostileTexts;
import io.shoreline.portal.testing.LazyLists;
import io.shoreline.portal.testing.WebClient;
import io.shoreline.portal.testing.XssPayloads;
import io.shoreline.portal.threads.Upload;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The XSS corpus through the bulletins feature: bulletin titles and Markdown bodies, training
 * documents' titles, descriptions and file names, the authority matrix's rows and note. Alice
 * writes the payloads in A–V, Bob harmless text in the same places of B–V; every page showing them
 * must hold no more active markup than Bob's, and no evaluated expression.
 */
@ExtendWith(ArquillianExtension.class)
class BulletinsXssIT {

  @ArquillianResource URL base;
  @Inject ClientsAndVendor clientsAndVendor;
  @Inject TenantAccess access;
  @Inject Bulletins bulletins;
  @Inject TrainingLibrary library;
  @Inject AuthorityMatrix matrix;

  private ClientsAndVendor.Fixture tenants;

  @BeforeEach
  void clientsAAndBWithVendorV() {
    tenants = clientsAndVendor.create(WorkspaceRole.COORDINATOR);
  }

  @Test
  void bulletinBodiesAndTitlesAreInertOnEachBulletinAndInTheList() throws Exception {
    List<Long> hostile = new ArrayList<>();
    access.openWorkspace(tenants.av().getId(), tenants.alice());
    HostileTexts texts = HostileTexts.write(text -> hostile.add(publish(titleFor(text), text)));
    assertThat(texts.stored()).hasSameSizeAs(XssPayloads.all());
    access.openWorkspace(tenants.bv().getId(), tenants.bob());
    List<Long> harmless =
        HostileTexts.harmless(21).stream().map(text -> publish(text, text)).toList();

    WebClient alice = signedIn(tenants.alice());
    WebClient bob = signedIn(tenants.bob());
    String baseline = bob.page(bulletin(tenants.bv(), harmless.get(0)));
    for (int i = 0; i < hostile.size(); i++) {
      ActiveMarkup.assertNoneAdded(
          "bulletin " + texts.stored().get(i),
          alice.page(bulletin(tenants.av(), hostile.get(i))),
          baseline);
    }
    new LazyLists("list:bulletins", 20)
        .assertInert(
            side(alice, "app/bulletins.xhtml?w=", tenants.av()),
            side(bob, "app/bulletins.xhtml?w=", tenants.bv()),
            hostile.size());
  }

  @Test
  void trainingTitlesDescriptionsAndFileNamesAreInertInTheLibraryAndOnEachDocument()
      throws Exception {
    List<Long> hostile = new ArrayList<>();
    access.openWorkspace(tenants.av().getId(), tenants.alice());
    HostileTexts texts = HostileTexts.write(text -> hostile.add(document(text)));
    assertThat(texts.stored()).hasSameSizeAs(XssPayloads.all());
    access.openWorkspace(tenants.bv().getId(), tenants.bob());
    List<Long> harmless = HostileTexts.harmless(21).stream().map(this::document).toList();

    WebClient alice = signedIn(tenants.alice());
    WebClient bob = signedIn(tenants.bob());
    String baseline = bob.page(document(tenants.bv(), harmless.get(0)));
    for (int i = 0; i < hostile.size(); i++) {
      String shown = alice.page(document(tenants.av(), hostile.get(i)));
      ActiveMarkup.assertNoneAdded("document " + texts.stored().get(i), shown, baseline);
      ActiveMarkup.assertShownAsText("its page", shown, List.of(texts.stored().get(i)));
    }
    new LazyLists("list:documents", 20)
        .assertInert(
            side(alice, "app/training.xhtml?w=", tenants.av()),
            side(bob, "app/training.xhtml?w=", tenants.bv()),
            hostile.size());
  }

  @Test
  void authorityRowsAndNoteAreInertInTheMatrixAndItsEditor() throws Exception {
    List<String> payloads = XssPayloads.all();
    access.openWorkspace(tenants.av().getId(), tenants.alice());
    matrix.publish(LocalDate.of(2026, 1, 1), payloads.get(0), rows(payloads), 0);
    List<String> harmless = payloads.stream().map(p -> "Plain words").toList();
    access.openWorkspace(tenants.bv().getId(), tenants.bob());
    matrix.publish(LocalDate.of(2026, 1, 1), "Plain words", rows(harmless), 0);

    String page = "app/authority-matrix.xhtml?w=";
    String shown = signedIn(tenants.alice()).page(page + tenants.av().getId());
    ActiveMarkup.assertNoneAdded(
        "the authority matrix", shown, signedIn(tenants.bob()).page(page + tenants.bv().getId()));
    ActiveMarkup.assertShownAsText("the authority matrix", shown, payloads);
  }

  private static List<RuleRow> rows(List<String> texts) {
    return texts.stream().map(text -> new RuleRow(text, null, "", text, text)).toList();
  }

  /** A bulletin's title is plain text: the draft refuses markup there, so it gets a stand-in. */
  private static String titleFor(String payload) {
    return payload.contains("<") || payload.contains(">") ? "Markup in the body" : payload;
  }

  private long publish(String title, String body) {
    Instant now = Instant.now();
    return bulletins
        .publish(
            new BulletinDraft(
                title,
                body,
                Urgency.IMPORTANT,
                now.minus(Duration.ofHours(1)),
                now.plus(Duration.ofDays(30)),
                Audience.everyone(),
                new Upload(body + ".txt", "Closed on Monday".getBytes(UTF_8))))
        .getId();
  }

  private long document(String text) {
    return library
        .add(
            text,
            text,
            TrainingCategory.COURSE,
            new Upload(text + ".txt", "Returns within 30 days".getBytes(UTF_8)))
        .getId();
  }

  private static String bulletin(Partnership workspace, long id) {
    return "app/bulletin.xhtml?w=" + workspace.getId() + "&id=" + id;
  }

  private static String document(Partnership workspace, long id) {
    return "app/training-document.xhtml?w=" + workspace.getId() + "&id=" + id;
  }

  private static LazyLists.Side side(WebClient web, String list, Partnership workspace) {
    return new LazyLists.Side(web, list + workspace.getId(), Map.of("w", workspace.getId() + ""));
  }

  private WebClient signedIn(String email) throws Exception {
    return WebClient.signedIn(base, email, ClientsAndVendor.PASSWORD);
  }
}
