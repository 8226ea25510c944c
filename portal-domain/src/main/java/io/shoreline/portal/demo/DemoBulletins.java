package io.shoreline.portal.demo;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.shoreline.portal.bulletins.Audience;
import io.shoreline.portal.bulletins.Bulletin;
import io.shoreline.portal.bulletins.BulletinDraft;
import io.shoreline.portal.bulletins.Bulletins;
import io.shoreline.portal.bulletins.Urgency;
import io.shoreline.portal.bulletins.authority.AuthorityMatrix;
import io.shoreline.portal.bulletins.authority.AuthorityVersion;
import io.shoreline.portal.bulletins.authority.RuleRow;
import io.shoreline.portal.bulletins.training.TrainingCategory;
import io.shoreline.portal.bulletins.training.TrainingDocument;
import io.shoreline.portal.bulletins.training.TrainingLibrary;
import io.shoreline.portal.identity.Account;
import io.shoreline.portal.sites.Site;
import io.shoreline.portal.sites.Sites;
import io.shoreline.portal.tenancy.Membership;
import io.shoreline.portal.tenancy.Memberships;
import io.shoreline.portal.tenancy.isolation.TenantAccess;
import io.shoreline.portal.threads.Upload;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Bulletins of one demo workspace: Atlas's people get a site and a team, the client warns
 * Casablanca of the Lyon store closures (critical) and everyone of a new returns policy, a crash
 * course and the brand guide are in the library, and the authority matrix has two versions; some of
 * it is acknowledged already.
 */
@ApplicationScoped
class DemoBulletins {

  @Inject TenantAccess access;
  @Inject Memberships memberships;
  @Inject Sites sites;
  @Inject Bulletins bulletins;
  @Inject TrainingLibrary library;
  @Inject AuthorityMatrix matrix;

  /** The client's coordinator writes; the vendor's admin places the agents; they acknowledge. */
  record Cast(String clientCoordinator, String vendorAdmin, Account agent, Account teamLead) {}

  @ActivateRequestContext
  void create(long workspaceId, Cast cast) {
    access.openOrganization(cast.vendorAdmin());
    Site casablanca = site("Casablanca");
    Site manila = site("Manila");
    access.openWorkspaceAsAdmin(workspaceId, cast.vendorAdmin());
    place(workspaceId, cast.teamLead(), casablanca, "Retail care");
    place(workspaceId, cast.agent(), casablanca, "Billing");

    access.openWorkspace(workspaceId, cast.clientCoordinator());
    Instant now = Instant.now();
    Bulletin lyon =
        bulletins.publish(
            new BulletinDraft(
                "Lyon stores closed until Monday: click & collect only",
                "All **Lyon region** stores are closed until Monday after the flooding.\n\n"
                    + "- Offer *click & collect* at Villeurbanne instead\n"
                    + "- Waive delivery fees for affected orders (see the authority matrix)",
                Urgency.CRITICAL,
                now.minus(Duration.ofHours(2)),
                now.plus(Duration.ofDays(4)),
                new Audience(Set.of(casablanca.getId(), manila.getId()), Set.of()),
                null));
    bulletins.publish(
        new BulletinDraft(
            "New returns policy from the 1st",
            "Returns are accepted for **30 days** instead of 14, receipt or not.",
            Urgency.INFO,
            now.minus(Duration.ofDays(1)),
            now.plus(Duration.ofDays(30)),
            Audience.everyone(),
            new Upload("returns-policy.txt", "Returns: 30 days, receipt or not.".getBytes(UTF_8))));
    TrainingDocument course =
        library.add(
            "Crash course: Northwind returns and exchanges",
            "Day one of the crash course for new agents.",
            TrainingCategory.COURSE,
            new Upload(
                "returns-course.txt", "1. Greet. 2. Find the order. 3. Offer".getBytes(UTF_8)));
    library.add(
        "Brand voice guide",
        "How Northwind sounds: warm, brief, never pushy.",
        TrainingCategory.BRAND,
        new Upload("brand-voice.txt", "Warm, brief, never pushy.".getBytes(UTF_8)));
    LocalDate today = LocalDate.now();
    matrix.publish(
        today.minusDays(120),
        "First agreed limits",
        List.of(
            new RuleRow("Waive a late fee", new BigDecimal("15"), "EUR", "", ""),
            new RuleRow(
                "Refund an order", new BigDecimal("50"), "EUR", "with supervisor approval", "")),
        0);
    AuthorityVersion second =
        matrix.publish(
            today.minusDays(3),
            "Higher limits for the Lyon closures",
            List.of(
                new RuleRow("Waive a late fee", new BigDecimal("25"), "EUR", "", ""),
                new RuleRow(
                    "Refund an order",
                    new BigDecimal("100"),
                    "EUR",
                    "with supervisor approval",
                    ""),
                new RuleRow(
                    "Waive delivery fees",
                    null,
                    null,
                    "Lyon region orders only",
                    "Until the stores reopen")),
            1);

    access.openWorkspace(workspaceId, cast.teamLead().getEmail());
    bulletins.acknowledge(lyon.getId());
    matrix.acknowledge(second.getId());
    library.acknowledge(course.getId());
  }

  private void place(long workspaceId, Account person, Site site, String team) {
    Membership membership = memberships.find(workspaceId, person.getId()).orElseThrow();
    memberships.placeOwn(person.getId(), site.getId(), team, membership.getVersion());
  }

  private Site site(String name) {
    return sites.all().stream()
        .filter(site -> site.getName().equals(name))
        .findFirst()
        .orElseThrow();
  }
}
