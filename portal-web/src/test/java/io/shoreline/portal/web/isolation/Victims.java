package io.shoreline.portal.web.isolation;

import static io.shoreline.portal.testing.DemoLogins.ATLAS_ADMIN;
import static io.shoreline.portal.testing.DemoLogins.CONTOSO_ADMIN;
import static io.shoreline.portal.testing.DemoLogins.NORTHWIND_ADMIN;
import static java.nio.charset.StandardCharsets.UTF_8;

import io.shoreline.portal.identity.Account;
import io.shoreline.portal.identity.Accounts;
import io.shoreline.portal.identity.Invitation;
import io.shoreline.portal.identity.Invitations;
import io.shoreline.portal.identity.OrgRole;
import io.shoreline.portal.notes.PartnerNotes;
import io.shoreline.portal.roster.Agent;
import io.shoreline.portal.roster.Roster;
import io.shoreline.portal.sites.Site;
import io.shoreline.portal.sites.Sites;
import io.shoreline.portal.tenancy.Membership;
import io.shoreline.portal.tenancy.Memberships;
import io.shoreline.portal.tenancy.Organization;
import io.shoreline.portal.tenancy.OrganizationKind;
import io.shoreline.portal.tenancy.Organizations;
import io.shoreline.portal.tenancy.Partnership;
import io.shoreline.portal.tenancy.Partnerships;
import io.shoreline.portal.tenancy.isolation.TenantAccess;
import io.shoreline.portal.threads.Conversation;
import io.shoreline.portal.threads.NewThread;
import io.shoreline.portal.threads.Post;
import io.shoreline.portal.threads.Posts;
import io.shoreline.portal.threads.ThreadCategories;
import io.shoreline.portal.threads.ThreadCategory;
import io.shoreline.portal.threads.ThreadSummary;
import io.shoreline.portal.threads.Threads;
import io.shoreline.portal.threads.Upload;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The real ids (and versions) of records the attacker from Northwind must not reach: Contoso's
 * workspace with Atlas and Contoso's and Atlas's private records. Found through the services, as
 * their owners.
 */
@RequestScoped
public class Victims {

  @Inject TenantAccess access;
  @Inject Partnerships partnerships;
  @Inject Accounts accounts;
  @Inject Invitations invitations;
  @Inject Memberships memberships;
  @Inject Organizations organizations;
  @Inject Sites sites;
  @Inject Roster roster;
  @Inject PartnerNotes notes;
  @Inject Threads threads;
  @Inject Posts posts;
  @Inject ThreadCategories categories;
  @Inject VisitVictims visitVictims;
  @Inject FeedVictims feedVictims;
  @Inject ApiVictims apiVictims;
  @Inject BulletinVictims bulletinVictims;
  @Inject ExchangeVictims exchangeVictims;
  @Inject ScorecardVictims scorecardVictims;
  @Inject IncidentVictims incidentVictims;
  @Inject FeedbackVictims feedbackVictims;
  @Inject TwoFactorVictims twoFactorVictims;
  @Inject ProvisioningVictims provisioningVictims;

  public Map<String, String> ids() {
    Map<String, String> ids = new HashMap<>();
    twoFactorVictims.secondFactorOf("own", NORTHWIND_ADMIN, ids);
    twoFactorVictims.secondFactorOf("other", CONTOSO_ADMIN, ids);
    access.openOrganization(NORTHWIND_ADMIN);
    ids.put(
        "ownWorkspace", workspaceNamed("Northwind Retail – Atlas Contact Centres").getId() + "");
    formerColleagueAndPendingInvitation("northwind");
    ids.put("ownCandidate", formerColleagueAndPendingInvitation("northwind").getId() + "");
    partnershipsAwaitingNorthwind();
    access.openWorkspace(Long.parseLong(ids.get("ownWorkspace")), NORTHWIND_ADMIN);
    if (notes.recent(0, 1).isEmpty()) {
      notes.add("Northwind's own note, so that its admin is offered \"delete\"");
    }
    ids.put("ownThread", threadWithAFile("Northwind's own thread") + "");
    visitVictims.visitsOf("own", Long.parseLong(ids.get("ownWorkspace")), NORTHWIND_ADMIN, ids);
    exchangeVictims.exchangesOf(
        "own", Long.parseLong(ids.get("ownWorkspace")), NORTHWIND_ADMIN, ids);
    feedVictims.feedsOf("own", Long.parseLong(ids.get("ownWorkspace")), NORTHWIND_ADMIN, ids);
    scorecardVictims.kpisOf("own", Long.parseLong(ids.get("ownWorkspace")), NORTHWIND_ADMIN, ids);
    apiVictims.tokensOf("own", Long.parseLong(ids.get("ownWorkspace")), NORTHWIND_ADMIN, ids);
    bulletinVictims.bulletinsOf(
        "own", Long.parseLong(ids.get("ownWorkspace")), NORTHWIND_ADMIN, ids);
    incidentVictims.incidentsOf(
        "own", Long.parseLong(ids.get("ownWorkspace")), NORTHWIND_ADMIN, ids);
    feedbackVictims.feedbackOf(
        "own", Long.parseLong(ids.get("ownWorkspace")), NORTHWIND_ADMIN, ids);
    access.openOrganization(CONTOSO_ADMIN);
    Partnership other = workspaceNamed("Contoso Bank – Atlas Contact Centres");
    ids.put("otherWorkspace", other.getId() + "");
    ids.put("otherWorkspaceVersion", other.getVersion() + "");
    Account tom = accounts.findByEmail("tom.evans@contoso.example").orElseThrow();
    ids.put("otherAccount", tom.getId() + "");
    ids.put("otherAccountVersion", tom.getVersion() + "");
    ids.put("otherOrganization", tom.getOrganization().getId() + "");
    ids.put("otherOrganizationVersion", tom.getOrganization().getVersion() + "");
    Account former = formerColleagueAndPendingInvitation("contoso");
    ids.put("otherDisabledAccount", former.getId() + "");
    ids.put("otherDisabledAccountVersion", former.getVersion() + "");
    Invitation invitation = invitations.pending(0, 1).get(0);
    ids.put("otherInvitation", invitation.getId() + "");
    ids.put("otherInvitationVersion", invitation.getVersion() + "");
    Site site = sites.all().get(0);
    ids.put("otherSite", site.getId() + "");
    ids.put("otherSiteVersion", site.getVersion() + "");
    Membership membership = memberships.find(other.getId(), tom.getId()).orElseThrow();
    ids.put("otherMember", tom.getId() + "");
    ids.put("otherMemberVersion", membership.getVersion() + "");
    access.openWorkspace(other.getId(), CONTOSO_ADMIN);
    if (notes.recent(0, 1).isEmpty()) {
      notes.add("Contoso's private note about Atlas");
    }
    ids.put("otherNote", notes.recent(0, 1).get(0).getId() + "");
    long otherThread = threadWithAFile("Contoso pricing for Atlas");
    Post otherPost = posts.page(otherThread, 0, 1).posts().get(0);
    ids.put("otherThread", otherThread + "");
    ThreadCategory otherCategory = categories.all().get(0);
    ids.put("otherCategory", otherCategory.getId() + "");
    ids.put("otherCategoryVersion", otherCategory.getVersion() + "");
    ids.put("otherPost", otherPost.getId() + "");
    ids.put(
        "otherAttachment",
        posts.page(otherThread, 0, 1).attachmentsOf(otherPost).get(0).getId() + "");
    visitVictims.visitsOf("other", other.getId(), CONTOSO_ADMIN, ids);
    feedVictims.feedsOf("other", other.getId(), CONTOSO_ADMIN, ids);
    apiVictims.tokensOf("other", other.getId(), CONTOSO_ADMIN, ids);
    bulletinVictims.bulletinsOf("other", other.getId(), CONTOSO_ADMIN, ids);
    exchangeVictims.exchangesOf("other", other.getId(), CONTOSO_ADMIN, ids);
    scorecardVictims.kpisOf("other", other.getId(), CONTOSO_ADMIN, ids);
    incidentVictims.incidentsOf("other", other.getId(), CONTOSO_ADMIN, ids);
    feedbackVictims.feedbackOf("other", other.getId(), CONTOSO_ADMIN, ids);
    access.openOrganization(ATLAS_ADMIN);
    Agent agent = roster.page(0, 1).get(0);
    ids.put("otherAgent", agent.getId() + "");
    ids.put("otherAgentVersion", agent.getVersion() + "");
    provisioningVictims.provisioningOf("own", NORTHWIND_ADMIN, "northwind.example", ids);
    provisioningVictims.provisioningOf("other", CONTOSO_ADMIN, "contoso.example", ids);
    return ids;
  }

  /**
   * A thread of the open workspace whose first post, by the caller, carries a file (made once): so
   * that its author is offered edit and remove, and the other side's ids are real.
   */
  private long threadWithAFile(String title) {
    return threads.page(0, 50).stream()
        .map(ThreadSummary::thread)
        .filter(thread -> thread.getTitle().equals(title))
        .findFirst()
        .map(Conversation::getId)
        .orElseGet(
            () ->
                threads
                    .start(
                        new NewThread(
                            categories.all().get(0).getId(),
                            title,
                            "Only this workspace's members read this.",
                            List.of(new Upload("notes.txt", "plain text".getBytes(UTF_8)))))
                    .getId());
  }

  /**
   * So that the organization's admin is offered "enable" and "revoke" on their own page: a disabled
   * account and a pending invitation (made once; the caller's organization is open).
   */
  private Account formerColleagueAndPendingInvitation(String slug) {
    String email = "former.colleague@" + slug + ".example";
    Account admin = access.caller();
    if (accounts.findByEmail(email).isEmpty()) {
      accounts.create(
          admin.getOrganization(),
          email,
          "Former Colleague",
          "not-a-hash",
          OrgRole.MEMBER,
          "en",
          "UTC");
      accounts.disable(email);
      invitations.invite(
          "newcomer@" + slug + ".example", "Newcomer", OrgRole.MEMBER, "http://localhost/x");
    }
    return accounts.findByEmail(email).orElseThrow();
  }

  /**
   * So that Northwind's admin is offered accept, decline and resume: a vendor's pending invitation
   * to Northwind, and a partnership Northwind suspended (made once).
   */
  private void partnershipsAwaitingNorthwind() {
    if (organizations.findBySlug("vega-adversarial").isPresent()) {
      return;
    }
    Organization northwind = access.caller().getOrganization();
    Organization vega = vendor("vega-adversarial");
    Organization orion = vendor("orion-adversarial");
    Partnership suspended = partnerships.establish(northwind, orion, "Northwind – Orion");
    partnerships.suspend(suspended.getId(), suspended.getVersion());
    access.openOrganization("admin@vega-adversarial.example");
    partnerships.invite("northwind", "Northwind – Vega");
    access.openOrganization(NORTHWIND_ADMIN);
  }

  private Organization vendor(String slug) {
    Organization vendor =
        organizations.register(slug, slug, OrganizationKind.VENDOR, "en", "Europe/Lisbon");
    accounts.create(
        vendor,
        "admin@" + slug + ".example",
        "Admin " + slug,
        "not-a-hash",
        OrgRole.ORG_ADMIN,
        "en",
        "UTC");
    return vendor;
  }

  private Partnership workspaceNamed(String name) {
    return partnerships.ofOwnOrganization().stream()
        .filter(partnership -> partnership.getName().equals(name))
        .findFirst()
        .orElseThrow();
  }
}
