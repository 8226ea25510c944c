package io.shoreline.portal.web.partners;

import static io.shoreline.portal.testing.DemoLogins.ATLAS_ADMIN;
import static io.shoreline.portal.testing.DemoLogins.CONTOSO_ADMIN;
import static io.shoreline.portal.testing.DemoLogins.NORTHWIND_ADMIN;
import static io.shoreline.portal.testing.DemoLogins.NORTHWIND_ATLAS;
import static io.shoreline.portal.testing.Widgets.choose;
import static io.shoreline.portal.testing.Widgets.confirm;
import static io.shoreline.portal.testing.Widgets.css;
import static io.shoreline.portal.testing.Widgets.dismiss;
import static io.shoreline.portal.testing.Widgets.exists;
import static io.shoreline.portal.testing.Widgets.pick;
import static io.shoreline.portal.testing.Widgets.row;
import static io.shoreline.portal.testing.Widgets.rowText;
import static io.shoreline.portal.testing.Widgets.suggestions;
import static io.shoreline.portal.testing.Widgets.typeNumber;
import static org.assertj.core.api.Assertions.assertThat;

import io.shoreline.portal.testing.Browser;
import io.shoreline.portal.testing.BrowserJourney;
import io.shoreline.portal.testing.Visitors;
import io.shoreline.portal.testing.Visitors.Organization;
import io.shoreline.portal.testing.Visitors.Partners;
import io.shoreline.portal.testing.WebClient;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Partnerships, workspace members and private notes, driven in Chromium as people use them, plus
 * the forged requests a browser would not send. The demo data is shared by every method and left as
 * found; a method that needs a partnership of its own creates a client and a vendor (Fixtures).
 * Sites and roster: SitesAndRosterIT.
 */
@BrowserJourney
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PartnershipsIT {

  static final String CONTOSO_ATLAS = "Contoso Bank – Atlas Contact Centres";
  static final String LUC = "luc.martin@northwind.example";
  private static final String MARIA = "maria.reyes@atlas.example";
  private static final String TABLE = "partners:table";

  @ArquillianResource URL base;
  private Visitors people;
  private final String run = UUID.randomUUID().toString().substring(0, 8);

  @BeforeEach
  void people() {
    people = new Visitors(base);
  }

  @AfterEach
  void closeBrowsers() {
    people.close();
  }

  @Test
  void theNorthwindAdminSeesItsWorkspaceWithAtlasAndWhatItMayDoWithIt() {
    Browser claire = people.browser(NORTHWIND_ADMIN).open("app/org/partners.xhtml");

    assertThat(rowText(claire, TABLE, row(claire, TABLE, NORTHWIND_ATLAS)))
        .contains("Atlas Contact Centres", "Vendor", "Active", "Suspend", "End", "Members", "Open")
        .doesNotContain("Accept", "Resume");
    assertThat(claire.text("#partners\\:table")).doesNotContain("Contoso");
    assertThat(exists(claire, "invite-partner:invite")).isTrue();
  }

  @Test
  void peopleWhoAreNotAdminsSeeThePartnershipsReadOnly() {
    Browser luc = people.browser(LUC).open("app/org/partners.xhtml");

    int atlas = row(luc, TABLE, NORTHWIND_ATLAS);
    assertThat(exists(luc, TABLE + ":" + atlas + ":suspend")).isFalse();
    assertThat(exists(luc, TABLE + ":" + atlas + ":members")).isFalse();
    assertThat(exists(luc, TABLE + ":" + atlas + ":open")).isTrue();
    assertThat(exists(luc, "invite-partner")).isFalse();
    assertThat(luc.text("#read-only")).isNotBlank();
  }

  @Test
  void anInvitationToNobodyToTheSameKindOrToAPartnerIsRefusedAndCreatesNothing() {
    Browser claire = people.browser(NORTHWIND_ADMIN).open("app/org/partners.xhtml");
    int before = rows(claire);

    invite(claire, "no-such-partner-" + run, "Nowhere");
    assertThat(claire.text("#messages"))
        .contains("No organization has the address name \"no-such-partner-" + run + "\"");
    invite(claire, "contoso", "Two clients");
    assertThat(claire.text("#messages"))
        .contains("Contoso Bank is the same kind of organization as yours");
    invite(claire, "atlas", "Again");
    assertThat(claire.text("#messages"))
        .contains("You already have a workspace with Atlas Contact Centres.");
    invite(claire, "atlas", " ");
    assertThat(claire.text("#messages")).contains("Name the workspace (at most 200 characters).");

    claire.open("app/org/partners.xhtml");
    assertThat(rows(claire)).isEqualTo(before);
    assertThat(claire.text("#partners\\:table")).doesNotContain("Nowhere", "Two clients", "Again");
  }

  @Test
  void onlyTheInvitedSideAnswersAndADeclinedInvitationCanBeProposedAgain() throws Exception {
    Organization client = people.newOrganization("CLIENT");
    Organization vendor = people.newOrganization("VENDOR");
    String workspace = client.name() + " – " + vendor.name();
    Browser vendorAdmin = people.browser(vendor.admin());

    invite(vendorAdmin, client.slug(), workspace);
    assertThat(vendorAdmin.text("#messages")).contains("Invitation sent to " + client.name());
    assertThat(rowText(vendorAdmin, TABLE, row(vendorAdmin, TABLE, workspace)))
        .contains("Invited", vendor.name())
        .doesNotContain("Accept", "Decline");

    Browser clientAdmin = people.browser(client.admin()).open("app/org/partners.xhtml");
    clientAdmin.submit(action(row(clientAdmin, TABLE, workspace), "decline"));
    assertThat(clientAdmin.text("#messages"))
        .contains("You declined the invitation to " + workspace);
    assertThat(rowText(clientAdmin, TABLE, row(clientAdmin, TABLE, workspace)))
        .contains("Declined")
        .doesNotContain("Accept", "Open");

    invite(vendorAdmin, client.slug(), workspace);
    clientAdmin.open("app/org/partners.xhtml");
    assertThat(rowText(clientAdmin, TABLE, row(clientAdmin, TABLE, workspace)))
        .contains("Invited", "Accept", "Decline");
  }

  @Test
  void anAcceptedInvitationOpensTheWorkspaceWithBothAdminsAsCoordinators() throws Exception {
    Organization client = people.newOrganization("CLIENT");
    Organization vendor = people.newOrganization("VENDOR");
    String workspace = client.name() + " – " + vendor.name();
    invite(people.browser(client.admin()), vendor.slug(), workspace);
    Browser vendorAdmin = people.browser(vendor.admin()).open("app/org/partners.xhtml");

    vendorAdmin.submit(action(row(vendorAdmin, TABLE, workspace), "accept"));

    assertThat(vendorAdmin.text("#messages")).contains("The workspace " + workspace + " is open.");
    vendorAdmin.submit(link(row(vendorAdmin, TABLE, workspace), "open"));
    assertThat(vendorAdmin.text("#workspace-name")).isEqualTo(workspace);
    assertThat(vendorAdmin.text("#client-members")).contains("Admin " + client.slug());
    assertThat(vendorAdmin.text("#vendor-members")).contains("Admin " + vendor.slug());
  }

  @Test
  void endingAWorkspaceAsksFirstAndLeavesItReadOnlyForGood() throws Exception {
    Partners partners = people.newPartners();
    Browser vendorAdmin = people.browser(partners.vendor().admin()).open("app/org/partners.xhtml");
    String end = TABLE + ":" + row(vendorAdmin, TABLE, partners.workspace()) + ":end";

    dismiss(vendorAdmin, end, "partners");
    assertThat(vendorAdmin.text("#partners\\:table")).contains("Active");
    confirm(vendorAdmin, end, "partners");

    assertThat(vendorAdmin.text("#messages")).contains(partners.workspace() + " has ended.");
    int ended = row(vendorAdmin, TABLE, partners.workspace());
    assertThat(rowText(vendorAdmin, TABLE, ended)).contains("Ended");
    assertThat(exists(vendorAdmin, TABLE + ":" + ended + ":suspend")).isFalse();
    assertThat(exists(vendorAdmin, TABLE + ":" + ended + ":end")).isFalse();
    Browser clientAdmin = people.browser(partners.client().admin()).open("app/org/partners.xhtml");
    assertThat(rowText(clientAdmin, TABLE, row(clientAdmin, TABLE, partners.workspace())))
        .contains("Ended")
        .doesNotContain("Resume");
    clientAdmin.submit(link(row(clientAdmin, TABLE, partners.workspace()), "open"));
    assertThat(clientAdmin.text("#read-only")).contains("read-only");
  }

  @Test
  void aSuspendedWorkspaceIsReadOnlyUntilTheSideThatSuspendedItResumesIt() {
    Browser amina = people.browser(ATLAS_ADMIN).open("app/org/partners.xhtml");
    Browser claire = people.browser(NORTHWIND_ADMIN).open("app/org/partners.xhtml");
    try {
      claire.submit(action(row(claire, TABLE, NORTHWIND_ATLAS), "suspend"));
      assertThat(claire.text("#messages")).contains(NORTHWIND_ATLAS + " is suspended");
      // Amina's page still shows the workspace active: her suspension comes too late
      amina.submit(action(row(amina, TABLE, NORTHWIND_ATLAS), "suspend"));
      assertThat(amina.text("#messages")).startsWith("Someone changed this in the meantime.");
      assertThat(rowText(amina, TABLE, row(amina, TABLE, NORTHWIND_ATLAS)))
          .contains("Suspended", "End")
          .doesNotContain("Resume");

      claire.submit(link(row(claire, TABLE, NORTHWIND_ATLAS), "open"));
      assertThat(claire.text("#read-only")).contains("read-only");
      claire.submit("#all-activity");
      assertThat(claire.text("#activity\\:trail"))
          .contains("Claire Dubois changed · Workspace " + NORTHWIND_ATLAS + " (SUSPENDED)");
      claire.open("app/org/partners.xhtml");
      claire.submit(link(row(claire, TABLE, NORTHWIND_ATLAS), "members"));
      assertThat(claire.text("#read-only")).contains("only remove");
      assertThat(claire.find("#add-member\\:add").isEnabled()).isFalse();
      assertThat(claire.find("#members\\:own\\:0\\:save-role").isEnabled()).isFalse();
      assertThat(claire.find("#members\\:own\\:0\\:remove").isEnabled()).isTrue();
    } finally {
      claire.open("app/org/partners.xhtml");
      claire.submit(action(row(claire, TABLE, NORTHWIND_ATLAS), "resume"));
    }
    assertThat(claire.text("#messages")).contains(NORTHWIND_ATLAS + " is active again.");
  }

  @Test
  void anAdminAddsOneOfTheirPeopleWhoThenSeesTheWorkspaceAndRemovesThemAgain() throws Exception {
    String contosoAtlas = people.demoWorkspaces().get(CONTOSO_ATLAS);
    Browser amina = people.browser(ATLAS_ADMIN).open("app/members.xhtml?w=" + contosoAtlas);
    assertThat(amina.text("#members\\:partner")).contains("James Clarke");
    assertThat(amina.driver().findElements(By.cssSelector("#members\\:partner button"))).isEmpty();

    assertThat(suggestions(amina, "add-member:person", "a"))
        .anyMatch(suggestion -> suggestion.contains("Maria Reyes · " + MARIA))
        .noneMatch(suggestion -> suggestion.contains("Amina") || suggestion.contains("Rafael"));
    pick(amina, "add-member:person", "Maria Reyes");
    amina.submit("#add-member\\:add");
    assertThat(amina.text("#messages")).contains("Maria Reyes is now a member of this workspace.");
    assertThat(amina.text("#members\\:own")).contains("Maria Reyes");
    Browser maria = people.browser(MARIA);
    assertThat(maria.text("#workspace-list")).contains(CONTOSO_ATLAS);
    amina.open("app/activity.xhtml?w=" + contosoAtlas);
    assertThat(amina.text("#activity\\:trail"))
        .contains("Amina Haddad created · Maria Reyes (Atlas Contact Centres) as VIEWER");

    amina.open("app/members.xhtml?w=" + contosoAtlas);
    confirm(
        amina, "members:own:" + row(amina, "members:own", "Maria Reyes") + ":remove", "members");
    assertThat(amina.text("#messages"))
        .contains("Maria Reyes is no longer a member of this workspace.");
    maria.open("app/home.xhtml");
    assertThat(maria.text("#workspace-list")).doesNotContain(CONTOSO_ATLAS);
    maria.open("app/workspace.xhtml?w=" + contosoAtlas);
    assertThat(maria.text("h1")).isEqualTo("Page not found");
    amina.open("app/activity.xhtml?w=" + contosoAtlas);
    assertThat(amina.text("#activity\\:trail"))
        .contains("Amina Haddad deleted · Maria Reyes (Atlas Contact Centres) as VIEWER");
  }

  @Test
  void aRoleChangeIsSavedAndOneFromAPageShownBeforeItIsRefused() throws Exception {
    String members = "app/members.xhtml?w=" + people.demoWorkspaces().get(NORTHWIND_ATLAS);
    Browser first = people.browser(NORTHWIND_ADMIN).open(members);
    Browser second = people.browser(NORTHWIND_ADMIN).open(members);
    String luc = "members:own:" + row(first, "members:own", "Luc Martin");

    choose(first, luc + ":role", "Viewer");
    first.submit(css(luc + ":save-role"));
    assertThat(first.text("#messages")).contains("Luc Martin's role is saved.");
    choose(second, luc + ":role", "Coordinator");
    second.submit(css(luc + ":save-role"));
    assertThat(second.text("#messages")).startsWith("Someone changed this in the meantime.");

    second.open(members);
    assertThat(second.text(css(luc + ":role_label"))).isEqualTo("Viewer");
    choose(second, luc + ":role", "Contributor"); // as the demo had it
    second.submit(css(luc + ":save-role"));
    assertThat(second.text(css(luc + ":role_label"))).isEqualTo("Contributor");
  }

  @Test
  void aMembersFormPostedWithAnotherWorkspacesIdIsNotFoundAndChangesNothing() throws Exception {
    Map<String, String> ids = people.demoWorkspaces();
    String own = ids.get(NORTHWIND_ATLAS);
    WebClient claire = people.client(NORTHWIND_ADMIN);
    String sophie =
        accountIdOnRow(claire.get("app/members.xhtml?w=" + own).body(), "Sophie Bernard");

    // the same form naming her own workspace reaches the rule that Sophie is a member already
    assertThat(addToWorkspace(claire, own, own, sophie).body())
        .contains("Sophie Bernard is already a member of this workspace.");
    HttpResponse<String> forged = addToWorkspace(claire, own, ids.get(CONTOSO_ATLAS), sophie);

    assertThat(forged.statusCode()).isEqualTo(404);
    assertThat(forged.body()).doesNotContain("Contoso", "James Clarke");
    WebClient james = people.client(CONTOSO_ADMIN);
    assertThat(james.get("app/members.xhtml?w=" + ids.get(CONTOSO_ATLAS)).body())
        .contains("James Clarke")
        .doesNotContain("Sophie Bernard");
    assertThat(james.get("app/activity.xhtml?w=" + ids.get(CONTOSO_ATLAS)).body())
        .doesNotContain("Sophie Bernard");
  }

  @Test
  void theMembersPageIsForAdminsOfTheWorkspacesOwnOrganizationsOnly() throws Exception {
    Map<String, String> ids = people.demoWorkspaces();

    WebClient luc = people.client(LUC);
    assertThat(luc.get("app/members.xhtml?w=" + ids.get(NORTHWIND_ATLAS)).statusCode())
        .isEqualTo(403);
    assertThat(luc.get("app/activity.xhtml?w=" + ids.get(NORTHWIND_ATLAS)).statusCode())
        .isEqualTo(200);
    assertThat(
            people
                .client(NORTHWIND_ADMIN)
                .get("app/members.xhtml?w=" + ids.get(CONTOSO_ATLAS))
                .statusCode())
        .isEqualTo(404);
  }

  @Test
  void aPrivateNoteIsReadByItsOwnOrganizationOnly() throws Exception {
    String workspace = "app/workspace.xhtml?w=" + people.demoWorkspaces().get(NORTHWIND_ATLAS);
    String note = "Renewal talks in March, " + run;
    Browser claire = people.browser(NORTHWIND_ADMIN).open(workspace);
    assertThat(claire.text("#private-notes")).contains("Only Northwind Retail sees these notes");
    assertThat(exists(claire, "manage-members")).isTrue();

    claire.type("#notes\\:body", note).submit("#notes\\:add");
    assertThat(claire.text("#messages")).contains("Note added.");
    assertThat(claire.text("#private-notes")).contains(note, "Claire Dubois");

    Browser luc = people.browser(LUC).open(workspace);
    assertThat(luc.text("#private-notes")).contains(note);
    assertThat(exists(luc, "notes:items:0:delete")).isFalse(); // not his, and he is no admin
    assertThat(exists(luc, "manage-members")).isFalse();
    Browser amina = people.browser(ATLAS_ADMIN).open(workspace);
    assertThat(amina.text("#private-notes"))
        .contains("Only Atlas Contact Centres sees these notes")
        .doesNotContain(note);
    assertThat(amina.text("#activity")).doesNotContain(note);
  }

  @Test
  void anEmptyNoteIsRefusedAndANoteIsDeletedByItsAuthor() throws Exception {
    String workspace = "app/workspace.xhtml?w=" + people.demoWorkspaces().get(NORTHWIND_ATLAS);
    String note = "Check the Easter rota, " + run;
    Browser claire = people.browser(NORTHWIND_ADMIN).open(workspace);
    claire.type("#notes\\:body", "   ").submit("#notes\\:add");
    assertThat(claire.text("#messages")).contains("A note needs 1 to 4,000 characters.");
    claire.type("#notes\\:body", note).submit("#notes\\:add");

    confirm(claire, "notes:items:0:delete", "notes");

    assertThat(claire.text("#messages")).contains("Note deleted.");
    assertThat(claire.text("#private-notes")).doesNotContain(note);
  }

  @Test
  void switchingTheLanguageKeepsTheWorkspacePage() throws Exception {
    String members = "app/members.xhtml?w=" + people.demoWorkspaces().get(CONTOSO_ATLAS);
    Browser james = people.browser(CONTOSO_ADMIN).open(members);

    james.click("#shell\\:user-menu_button").submit("#shell\\:french");
    assertThat(james.text("h1")).isEqualTo("Membres");
    assertThat(james.driver().getCurrentUrl()).endsWith(members);
    james.click("#shell\\:user-menu_button").submit("#shell\\:english");
    assertThat(james.text("h1")).isEqualTo("Members");
  }

  @Test
  void aNewSiteIsListedWithItsCountryZoneAndSeats() {
    String name = "Lille " + run;
    Browser claire = people.browser(NORTHWIND_ADMIN).open("app/org/sites.xhtml");

    addSite(claire, name, "30");

    assertThat(claire.text("#messages")).contains("Site " + name + " saved.");
    assertThat(rowText(claire, "sites:table", row(claire, "sites:table", name)))
        .contains("Lille", "France", "Europe/Paris", "30");
    addSite(claire, name, "10");
    assertThat(claire.text("#messages")).contains("You already have a site named " + name + ".");
  }

  @Test
  void whenTwoPeopleSaveTheSameSiteTheSecondIsToldAndTheFirstChangeStays() {
    String name = "Lyon " + run;
    Browser claire = people.browser(NORTHWIND_ADMIN).open("app/org/sites.xhtml");
    addSite(claire, name, "30");
    claire.submit(css("sites:table:" + row(claire, "sites:table", name) + ":edit"));
    Browser luc =
        people.browser(LUC).open(claire.path().substring(1) + "?edit=" + editedId(claire));

    typeNumber(claire, "site-form:seats", "45");
    claire.submit("#site-form\\:save");
    assertThat(claire.text("#messages")).contains("Site " + name + " saved.");
    luc.type("#site-form\\:name", name + " Part-Dieu").submit("#site-form\\:save");

    assertThat(luc.text("#messages")) // Luc reads French
        .startsWith("Quelqu'un a modifié cet élément entre-temps.");
    luc.open("app/org/sites.xhtml");
    assertThat(rowText(luc, "sites:table", row(luc, "sites:table", name)))
        .contains("45")
        .doesNotContain("Part-Dieu");
  }

  @Test
  void theRosterRefusesAnAgentWithoutLanguagesAndAddsOneWithThem() {
    String name = "Camille Roux " + run;
    Browser claire = people.browser(NORTHWIND_ADMIN).open("app/org/agents.xhtml");

    claire.type("#agent-form\\:name", name).type("#agent-form\\:skills", "returns");
    choose(claire, "agent-form:site", "Paris HQ");
    claire.submit("#agent-form\\:save");
    assertThat(claire.text("#messages")).contains("Enter at least one language, e.g. fr, en.");
    assertThat(claire.text("#agents\\:table")).doesNotContain(name);
    assertThat(claire.find("#agent-form\\:name").getAttribute("value")).isEqualTo(name);

    claire.type("#agent-form\\:languages", "FR, en ,").submit("#agent-form\\:save");
    assertThat(claire.text("#messages")).contains("Agent " + name + " saved.");
    assertThat(rowText(claire, "agents:table", row(claire, "agents:table", name)))
        .contains("Paris HQ", "fr, en", "returns", "Yes");
  }

  @Test
  void anAgentIsChangedFromTheRoster() {
    String name = "Hugo Petit " + run;
    Browser claire = people.browser(NORTHWIND_ADMIN).open("app/org/agents.xhtml");
    claire.type("#agent-form\\:name", name).type("#agent-form\\:languages", "fr");
    claire.submit("#agent-form\\:save");

    claire.submit(css("agents:table:" + row(claire, "agents:table", name) + ":edit"));
    claire.type("#agent-form\\:skills", "returns, loyalty");
    claire.click("#agent-form\\:active .ui-chkbox-box").submit("#agent-form\\:save");

    assertThat(claire.text("#messages")).contains("Agent " + name + " saved.");
    assertThat(rowText(claire, "agents:table", row(claire, "agents:table", name)))
        .contains("returns, loyalty", "No");
  }

  @Test
  void sitesAndRosterStayWithTheirOrganization() throws Exception {
    WebClient claire = people.client(NORTHWIND_ADMIN);

    assertThat(claire.get("app/org/sites.xhtml").body())
        .contains("Paris HQ")
        .doesNotContain("Casablanca", "Canary Wharf");
    assertThat(claire.get("app/org/agents.xhtml").body()).doesNotContain("Youssef Benali");
    assertThat(people.client(ATLAS_ADMIN).get("app/org/agents.xhtml").body())
        .contains("Youssef Benali");
  }

  private static void addSite(Browser editor, String name, String seats) {
    editor.open("app/org/sites.xhtml");
    editor.type("#site-form\\:name", name).type("#site-form\\:city", name.split(" ")[0]);
    choose(editor, "site-form:country", "France");
    assertThat(editor.find("#site-form\\:zone_input").getAttribute("value"))
        .isEqualTo("Europe/Paris"); // the person's own zone to start with
    typeNumber(editor, "site-form:seats", seats);
    editor.submit("#site-form\\:save");
  }

  private static String editedId(Browser browser) {
    return find(Pattern.compile("edit=(\\d+)"), browser.driver().getCurrentUrl());
  }

  private static void invite(Browser admin, String slug, String workspace) {
    admin
        .open("app/org/partners.xhtml")
        .type("#invite-partner\\:slug", slug)
        .type("#invite-partner\\:name", workspace)
        .submit("#invite-partner\\:invite");
  }

  private static String action(int row, String button) {
    return css(TABLE + ":" + row + ":" + button);
  }

  /** A p:linkButton's link: its id names the wrapper, whose edge a click may hit instead. */
  private static String link(int row, String name) {
    return action(row, name) + " a";
  }

  private static int rows(Browser browser) {
    return browser
        .driver()
        .findElements(By.cssSelector(css(TABLE + "_data") + " > tr[data-ri]"))
        .size();
  }

  /** The account id a row of the own-side members table sends with its "remove" button. */
  private static String accountIdOnRow(String page, String name) {
    String row =
        find(
            Pattern.compile("<tr data-ri=\"(\\d+)\"[^>]*>\\s*<td[^>]*>\\s*<span[^>]*>" + name),
            page);
    return find(
        Pattern.compile(
            "id=\"members:own:"
                + row
                + ":remove\"[^>]*name:&quot;id&quot;,value:&quot;(\\d+)&quot;"),
        page);
  }

  /**
   * Posts the "add" form of the members page of workspace {@code shown} as its script would, but
   * naming workspace {@code named} in its "w" field.
   */
  private static HttpResponse<String> addToWorkspace(
      WebClient admin, String shown, String named, String account) throws Exception {
    String page = admin.get("app/members.xhtml?w=" + shown).body();
    Map<String, String> form = new LinkedHashMap<>();
    form.put("add-member", "add-member");
    form.put("w", named);
    form.put("add-member:person_input", "Sophie Bernard");
    form.put("add-member:person_hinput", account);
    form.put("add-member:add-role_input", "VIEWER");
    form.put("add-member:add", "");
    form.put(
        "jakarta.faces.ViewState",
        find(Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\""), page));
    form.put("primefaces.nonce", find(Pattern.compile("nonce=\"([^\"]+)\""), page));
    return admin.post("app/members.xhtml", form);
  }

  private static String find(Pattern pattern, String page) {
    Matcher matcher = pattern.matcher(page);
    assertThat(matcher.find()).as(pattern + " in the page").isTrue();
    return matcher.group(1);
  }
}
