package io.shoreline.portal.web.visits;

import static org.assertj.core.api.Assertions.assertThat;

import io.shoreline.portal.identity.Accounts;
import io.shoreline.portal.sites.SiteDetails;
import io.shoreline.portal.sites.Sites;
import io.shoreline.portal.tenancy.Partnership;
import io.shoreline.portal.tenancy.WorkspaceRole;
import io.shoreline.portal.tenancy.isolation.TenantAccess;
import io.shoreline.portal.testing.ActiveMarkup;
import io.shoreline.portal.testing.ClientsAndVendor;
import io.shoreline.portal.testing.HostileTexts;
import io.shoreline.portal.testing.LazyLists;
import io.shoreline.portal.testing.WebClient;
import io.shoreline.portal.testing.XssPayloads;
import io.shoreline.portal.visits.ActionItems;
import io.shoreline.portal.visits.FindingDetails;
import io.shoreline.portal.visits.Findings;
import io.shoreline.portal.visits.NewActionItem;
import io.shoreline.portal.visits.Severity;
import io.shoreline.portal.visits.SiteVisits;
import io.shoreline.portal.visits.VisitAgenda;
import io.shoreline.portal.visits.VisitArea;
import io.shoreline.portal.visits.VisitPlan;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The XSS corpus through the visits feature: purposes, agenda items, findings, report notes, action
 * item titles and comments. Alice writes the payloads in A–V, Bob harmless text in the same places
 * of B–V; every page showing them must hold no more active markup than Bob's, and no evaluated
 * expression.
 */
@ExtendWith(ArquillianExtension.class)
class VisitsXssIT {

  private static final LocalDateTime FIRST_DAY = LocalDateTime.of(2027, 1, 4, 9, 0);

  @ArquillianResource URL base;
  @Inject ClientsAndVendor clientsAndVendor;
  @Inject TenantAccess access;
  @Inject Accounts accounts;
  @Inject Sites sites;
  @Inject SiteVisits visits;
  @Inject VisitAgenda agenda;
  @Inject Findings findings;
  @Inject ActionItems actions;

  private ClientsAndVendor.Fixture tenants;
  private long site;

  @BeforeEach
  void clientsAAndBWithVendorVAndAVendorSite() {
    tenants = clientsAndVendor.create(WorkspaceRole.COORDINATOR);
    access.openOrganization(tenants.victor()); // V's org admin keeps V's sites
    site =
        sites
            .add(new SiteDetails("Casablanca", "Casablanca", "MA", "Africa/Casablanca", 120))
            .getId();
  }

  @Test
  void purposesAreInertOnEachVisitInTheListAndItsAjaxPages() throws Exception {
    List<Long> hostile = new ArrayList<>();
    HostileTexts purposes =
        inWorkspace(tenants.av(), tenants.alice(), text -> hostile.add(plan(text, hostile.size())));
    assertThat(purposes.stored()).hasSameSizeAs(XssPayloads.all());
    List<Long> harmless = new ArrayList<>();
    access.openWorkspace(tenants.bv().getId(), tenants.bob());
    HostileTexts.harmless(21).forEach(text -> harmless.add(plan(text, harmless.size())));

    WebClient alice = signedIn(tenants.alice());
    WebClient bob = signedIn(tenants.bob());
    String baseline = bob.page(visit(tenants.bv(), harmless.get(0)));
    for (int i = 0; i < hostile.size(); i++) {
      String shown = alice.page(visit(tenants.av(), hostile.get(i)));
      ActiveMarkup.assertNoneAdded("visit " + purposes.stored().get(i), shown, baseline);
      ActiveMarkup.assertShownAsText("its page", shown, List.of(purposes.stored().get(i)));
    }
    assertListsInert("app/visits.xhtml?w=", "list:visits", alice, bob, hostile.size());
  }

  @Test
  void agendaFindingsNotesActionsAndCommentsAreInertOnTheVisitAndTheActionPages() throws Exception {
    Report hostile = report(tenants.av(), tenants.alice(), XssPayloads.all());
    Report harmless =
        report(
            tenants.bv(),
            tenants.bob(),
            XssPayloads.all().stream().map(text -> "Plain words").toList());

    WebClient alice = signedIn(tenants.alice());
    WebClient bob = signedIn(tenants.bob());
    String shown = alice.page(visit(tenants.av(), hostile.visit()));
    ActiveMarkup.assertNoneAdded(
        "the visit's report", shown, bob.page(visit(tenants.bv(), harmless.visit())));
    assertThat(shown).as("the notes' editor").contains("notes:text");
    ActiveMarkup.assertShownAsText("the visit's report", shown, XssPayloads.all());

    String action = "app/action-item.xhtml?w=";
    String comments = alice.page(action + tenants.av().getId() + "&id=" + hostile.action());
    ActiveMarkup.assertNoneAdded(
        "the action item's comments",
        comments,
        bob.page(action + tenants.bv().getId() + "&id=" + harmless.action()));
    ActiveMarkup.assertShownAsText("the action item's comments", comments, XssPayloads.all());
    assertListsInert(
        "app/action-items.xhtml?w=", "list:actions", alice, bob, XssPayloads.all().size());
  }

  /** The visit with one agenda item, finding and action item per text, and all texts as notes. */
  private record Report(long visit, long action) {}

  private Report report(Partnership workspace, String caller, List<String> texts) {
    access.openWorkspace(workspace.getId(), caller);
    long visit = plan("Report of every kind of text", 0);
    long owner = access.caller().getId();
    List<Long> actionIds = new ArrayList<>();
    for (String text : texts) {
      agenda.add(visit, text);
      findings.record(visit, new FindingDetails(VisitArea.QUALITY, Severity.LOW, text), List.of());
      actionIds.add(
          actions
              .create(visit, new NewActionItem(null, text, owner, LocalDate.of(2027, 2, 1)))
              .getId());
    }
    visits.writeNotes(visit, visits.find(visit).getVersion(), String.join("\n", texts));
    for (String text : texts) {
      actions.comment(actionIds.get(0), text);
    }
    return new Report(visit, actionIds.get(0));
  }

  private void assertListsInert(String list, String table, WebClient alice, WebClient bob, int rows)
      throws Exception {
    new LazyLists(table, 20)
        .assertInert(side(alice, list, tenants.av()), side(bob, list, tenants.bv()), rows);
  }

  private static LazyLists.Side side(WebClient web, String list, Partnership workspace) {
    return new LazyLists.Side(web, list + workspace.getId(), Map.of("w", workspace.getId() + ""));
  }

  private HostileTexts inWorkspace(Partnership workspace, String caller, Consumer<String> writer) {
    access.openWorkspace(workspace.getId(), caller);
    return HostileTexts.write(writer);
  }

  /**
   * A visit with this purpose on the nth day from the first, Alice or Bob visiting, Victor host.
   */
  private long plan(String purpose, int day) {
    long visitor = access.caller().getId();
    long host = accounts.findByEmail(tenants.victor()).orElseThrow().getId();
    LocalDateTime start = FIRST_DAY.plusDays(day);
    return visits
        .plan(
            new VisitPlan(
                site, start, start.plusHours(6), purpose, List.of(visitor), List.of(host)))
        .getId();
  }

  private static String visit(Partnership workspace, long id) {
    return "app/visit.xhtml?w=" + workspace.getId() + "&v=" + id;
  }

  private WebClient signedIn(String email) throws Exception {
    return WebClient.signedIn(base, email, ClientsAndVendor.PASSWORD);
  }
}
