package io.shoreline.portal.web.people;

import static io.shoreline.portal.testing.Company.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import io.shoreline.portal.testing.Browser;
import io.shoreline.portal.testing.BrowserJourney;
import io.shoreline.portal.testing.Company;
import io.shoreline.portal.testing.DemoLogins;
import io.shoreline.portal.testing.Mailbox;
import io.shoreline.portal.testing.Pages;
import io.shoreline.portal.testing.WebClient;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * Organizations and their people in real browsers: sign-up, invitations by e-mail (caught by
 * GreenMail), roles, disabling, and the platform operator suspending an organization. Every test
 * signs up companies of its own.
 */
@BrowserJourney
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InvitationIT {

  private static final String OPERATOR = "olivia.grant@shoreline.example";
  private static final String PEOPLE = "app/org/people.xhtml";
  private static Mailbox mailbox;

  @ArquillianResource URL base;
  private final List<Browser> browsers = new ArrayList<>();

  @BeforeAll
  static void startMailServer() {
    mailbox = Mailbox.start();
  }

  @AfterAll
  static void stopMailServer() {
    mailbox.close();
  }

  @AfterEach
  void closeBrowsers() {
    browsers.forEach(Browser::close);
  }

  @Test
  void aNewVendorSignsUpFromTheSignInPageAndLandsHomeAsItsAdmin() {
    Company company = Company.fresh("Harbour");
    Browser admin = browser().open("login.xhtml").submit("#signup");
    assertThat(admin.path()).isEqualTo("/signup.xhtml");

    admin.type("#signup\\:name", company.name());
    admin.waitUntil(d -> company.slug().equals(valueOf(d.findElement(By.id("signup:slug")))));
    company.fillIn(admin, "VENDOR", PASSWORD);
    admin.type("#signup\\:zone_input", "lisbon").click("li[data-item-value='Europe/Lisbon']");
    admin.submit("#signup\\:submit").waitForPath("/app/home.xhtml");

    assertThat(admin.text("#messages"))
        .contains("Welcome to Shoreline! " + company.name() + " is ready");
    assertThat(admin.text("#greeting")).isEqualTo("Welcome, " + company.adminName());
    assertThat(admin.text("#organization")).isEqualTo(company.name());
    assertThat(admin.text("#time-zone")).isEqualTo("Europe/Lisbon");
    admin.open(PEOPLE);
    assertThat(rowText(admin, "people:table", company.adminEmail()))
        .contains(company.adminName(), "(you)", "Active");
    assertThat(selected(admin, "people:table:0:role_input")).isEqualTo("ORG_ADMIN");
    assertThat(admin.find("#invite")).isNotNull();
  }

  @Test
  void aTakenSlugIsRefusedClearlyAndCreatesNothing() {
    Company first = Company.fresh("Quay");
    first.signUp(browser(), "CLIENT").waitForPath("/app/home.xhtml");
    Company second = Company.fresh("Pier").withSlug(first.slug());

    Browser browser = browser();
    second.signUp(browser, "CLIENT");

    assertThat(browser.path()).isEqualTo("/signup.xhtml");
    assertThat(browser.text("#signup\\:messages"))
        .isEqualTo(
            "The web address \"" + first.slug() + "\" is already taken. Choose another one.");
    assertThat(signInFails(second.adminEmail())).isTrue();

    // the form keeps what was typed; with a free slug the same admin e-mail is still available
    assertThat(valueOf(browser.find("#signup\\:name"))).isEqualTo(second.name());
    browser
        .type("#signup\\:slug", first.slug() + "-2")
        .type("#signup\\:password", PASSWORD)
        .type("#signup\\:confirmation", PASSWORD)
        .submit("#signup\\:submit")
        .waitForPath("/app/home.xhtml");
    assertThat(browser.text("#organization")).isEqualTo(second.name());
  }

  @Test
  void mismatchedPasswordsAndMissingFieldsGetClearMessages() {
    Company company = Company.fresh("Jetty");
    Browser browser = browser().open("signup.xhtml");
    company.fillIn(browser, "CLIENT", PASSWORD + "!");
    browser.submit("#signup\\:submit");

    assertThat(browser.text("#signup\\:messages"))
        .isEqualTo("The two passwords are not the same. Type the same password in both fields.");
    assertThat(signInFails(company.adminEmail())).isTrue();

    browser.open("signup.xhtml").submit("#signup\\:submit");
    assertThat(browser.text("#signup\\:messages"))
        .isEqualTo("Enter your company's name (200 characters at most).");
    assertThat(browser.driver().getPageSource()).doesNotContainPattern(Pages.STACK_FRAME);
  }

  @Test
  void theSignUpPageSpeaksFrench() {
    Browser browser = browser().open("signup.xhtml").submit("#languages\\:french");
    browser.waitForText("h1", "Inscrire votre entreprise");

    browser.submit("#signup\\:submit");

    assertThat(browser.text("#signup\\:messages"))
        .isEqualTo("Saisissez le nom de votre entreprise (200 caractères au plus).");
    assertThat(browser.text("#signup\\:login")).isEqualTo("Déjà un compte ? Connectez-vous");
  }

  @Test
  void anInvitedPersonFollowsTheMailedLinkOnceAndIsSignedIn() throws Exception {
    Company company = Company.fresh("Marina");
    Browser admin = signedUp(company);
    String email = "noor@" + company.slug() + ".test";

    String link = invite(admin, email, "Noor Haddad", "Manager");

    MimeMessage mail = mailbox.mailTo(email);
    assertThat(mail.getSubject())
        .isEqualTo("You are invited to " + company.name() + " on Shoreline");
    assertThat(Mailbox.text(mail)).contains("Hello Noor Haddad", company.adminName(), link);
    assertThat(rowText(admin, "invitations:table", email)).contains("Noor Haddad", "Manager");

    Browser noor = browser();
    noor.driver().get(link);
    assertThat(noor.text("#invited-to")).endsWith(company.name());
    assertThat(noor.text("#invitation-email")).isEqualTo(email);
    assertThat(noor.text("#invitation-role")).isEqualTo("Manager");
    assertThat(valueOf(noor.find("#accept\\:name"))).isEqualTo("Noor Haddad");
    noor.type("#accept\\:name", "Noor El Haddad");
    accept(noor);
    assertThat(noor.text("#messages")).contains("Welcome to " + company.name() + "!");
    assertThat(noor.text("#greeting")).isEqualTo("Welcome, Noor El Haddad");
    assertThat(noor.text("#organization")).isEqualTo(company.name());

    admin.open(PEOPLE);
    assertThat(rowText(admin, "people:table", email))
        .contains("Noor El Haddad", "Active")
        .doesNotContain("Never");
    assertThat(admin.driver().findElement(By.id("invitations:table")).getText())
        .doesNotContain(email);

    Browser again = browser();
    again.driver().get(link);
    assertThat(again.text("#messages"))
        .isEqualTo(
            "This invitation has already been used. Sign in with the e-mail address and the"
                + " password chosen then.");
    assertThat(again.driver().findElements(By.id("accept"))).isEmpty();
  }

  @Test
  void invitingSomeoneWhoAlreadyHasAnAccountIsRefused() throws Exception {
    Company company = Company.fresh("Dock");
    Browser admin = signedUp(company);
    admin.open(PEOPLE);

    admin
        .type("#invite\\:email", company.adminEmail().toUpperCase())
        .type("#invite\\:name", "Me Again")
        .submit("#invite\\:submit");
    assertThat(admin.text("#messages"))
        .isEqualTo(
            company.adminName()
                + " already has an account in your organization with this e-mail address.");

    admin
        .type("#invite\\:email", DemoLogins.NORTHWIND_ADMIN)
        .type("#invite\\:name", "Claire")
        .submit("#invite\\:submit");
    assertThat(admin.text("#messages")).startsWith("This e-mail address already has an account");

    assertThat(admin.driver().findElement(By.id("invitations:table")).getText())
        .contains("No invitation is waiting for an answer.");
    assertThat(mailbox.hasMailTo(company.adminEmail())).isFalse();
  }

  @Test
  void aRoleChangeAndDisablingTakeEffectOnThePersonsNextRequest() throws Exception {
    Company company = Company.fresh("Wharf");
    Browser admin = signedUp(company);
    String email = "sam@" + company.slug() + ".test";
    Browser sam = accepted(invite(admin, email, "Sam Okafor", "Member"));

    sam.open(PEOPLE);
    assertThat(sam.driver().findElements(By.id("invite"))).isEmpty();
    assertThat(rowText(sam, "people:table", email)).contains("Member");

    admin.open(PEOPLE);
    int row = rowIndex(admin, "people:table", email);
    chooseRole(admin, row, "Admin");
    admin.submit("[id='people:table:" + row + ":save-role']");
    assertThat(admin.text("#messages")).startsWith("The role is saved.");
    assertThat(selected(admin, "people:table:" + row + ":role_input")).isEqualTo("ORG_ADMIN");
    sam.open(PEOPLE);
    assertThat(sam.find("#invite")).isNotNull();

    admin.submit("[id='people:table:" + row + ":disable']");
    assertThat(admin.text("#messages")).startsWith("Access disabled");
    assertThat(rowText(admin, "people:table", email)).contains("Disabled");

    sam.open("app/home.xhtml").waitForPath("/login.xhtml");
    assertThat(signInFails(sam, email)).isTrue();

    admin.submit("[id='people:table:" + row + ":enable']");
    assertThat(admin.text("#messages")).startsWith("Access enabled again");
    signIn(sam, email, PASSWORD);
    sam.waitForPath("/app/home.xhtml");
  }

  @Test
  void aRowActionOnAStalePageChangesNothing() throws Exception {
    Company company = Company.fresh("Slipway");
    Browser admin = signedUp(company);
    String email = "li@" + company.slug() + ".test";
    accepted(invite(admin, email, "Li Wei", "Member"));
    admin.open(PEOPLE);
    int row = rowIndex(admin, "people:table", email);

    Browser sameAdminElsewhere = browser();
    signIn(sameAdminElsewhere, company.adminEmail(), PASSWORD);
    sameAdminElsewhere.open(PEOPLE);
    chooseRole(sameAdminElsewhere, row, "Manager");
    sameAdminElsewhere.submit("[id='people:table:" + row + ":save-role']");
    assertThat(sameAdminElsewhere.text("#messages")).startsWith("The role is saved.");

    admin.submit("[id='people:table:" + row + ":disable']");

    assertThat(admin.text("#messages")).startsWith("Someone changed this in the meantime.");
    admin.open(PEOPLE);
    assertThat(rowText(admin, "people:table", email)).contains("Active");
    assertThat(selected(admin, "people:table:" + row + ":role_input")).isEqualTo("MANAGER");
  }

  @Test
  void aRevokedOrUnknownLinkShowsWhyAndNoForm() throws Exception {
    Company company = Company.fresh("Berth");
    Browser admin = signedUp(company);
    String email = "ana@" + company.slug() + ".test";
    String link = invite(admin, email, "Ana Lima", "Member");

    admin.submit("[id='invitations:table:0:revoke']");
    assertThat(admin.text("#messages"))
        .isEqualTo("The invitation is revoked: its link no longer works.");
    assertThat(admin.driver().findElement(By.id("invitations:table")).getText())
        .doesNotContain(email);

    Browser ana = browser();
    ana.driver().get(link);
    assertThat(ana.text("#messages")).startsWith("This invitation was withdrawn");
    assertThat(ana.driver().findElements(By.id("accept"))).isEmpty();

    for (String token :
        new String[] {"", "?token=", "?token=not-a-token", "?token=" + "A".repeat(43)}) {
      ana.open("accept-invitation.xhtml" + token);
      assertThat(ana.text("#messages")).as(token).startsWith("This invitation link is not valid.");
      assertThat(ana.driver().findElements(By.id("accept"))).as(token).isEmpty();
    }
  }

  @Test
  void theAuditTrailListsTheInvitationAndTheRoleChange() throws Exception {
    Company company = Company.fresh("Mooring");
    Browser admin = signedUp(company);
    String email = "kim@" + company.slug() + ".test";
    accepted(invite(admin, email, "Kim Park", "Member"));
    admin.open(PEOPLE);
    int row = rowIndex(admin, "people:table", email);
    chooseRole(admin, row, "Manager");
    admin.submit("[id='people:table:" + row + ":save-role']");

    admin.open("app/org/audit.xhtml");

    String trail = admin.text("[id='audit:events']");
    assertThat(trail)
        .contains(
            company.adminName() + " created · Invitation of Kim Park <" + email + "> as MEMBER")
        .contains(
            company.adminName()
                + " changed · Kim Park <"
                + email
                + ">, MANAGER (before: Kim Park <"
                + email
                + ">, MEMBER)")
        .doesNotContain("Northwind", "Contoso");
    // newest first: the role change is listed before the invitation
    assertThat(trail.indexOf(">, MANAGER")).isLessThan(trail.indexOf("Invitation of Kim Park"));
  }

  @Test
  void suspendingAnOrganizationSignsItsPeopleOutUntilItIsReactivated() {
    Company company = Company.fresh("Aardvark");
    Browser admin = signedUp(company);

    Browser operator = browser();
    signIn(operator, OPERATOR, DemoLogins.PASSWORD);
    operator.waitForPath("/app/home.xhtml").open("app/operator/organizations.xhtml");
    int row = rowIndex(operator, "organizations:table", company.slug());
    assertThat(rowText(operator, "organizations:table", company.slug()))
        .contains(company.name(), "Vendor", "Active");
    operator.submit("[id='organizations:table:" + row + ":suspend']");
    assertThat(operator.text("#messages")).startsWith("The organization is suspended.");
    assertThat(rowText(operator, "organizations:table", company.slug())).contains("Suspended");

    admin.open("app/home.xhtml").waitForPath("/login.xhtml");
    assertThat(signInFails(admin, company.adminEmail())).isTrue();

    operator.submit("[id='organizations:table:" + row + ":reactivate']");
    assertThat(operator.text("#messages")).startsWith("The organization is active again.");
    signIn(admin, company.adminEmail(), PASSWORD);
    admin.waitForPath("/app/home.xhtml");
  }

  @Test
  void onlyPlatformOperatorsMayOpenTheOperatorPage() throws Exception {
    String page = "app/operator/organizations.xhtml";
    WebClient clientAdmin = new WebClient(base);
    assertThat(clientAdmin.signIn(DemoLogins.NORTHWIND_ADMIN, DemoLogins.PASSWORD).statusCode())
        .isEqualTo(302);

    HttpResponse<String> refused = clientAdmin.get(page);

    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.body()).doesNotContain("Contoso", "Atlas", "northwind");
    WebClient operator = new WebClient(base);
    assertThat(operator.signIn(OPERATOR, DemoLogins.PASSWORD).statusCode()).isEqualTo(302);
    assertThat(operator.get(page).body()).contains("Atlas Contact Centres", "Contoso Bank");
    assertThat(new WebClient(base).get(page).statusCode()).isEqualTo(302);
  }

  // ----- steps -----

  private Browser browser() {
    Browser browser = new Browser(base);
    browsers.add(browser);
    return browser;
  }

  private Browser signedUp(Company company) {
    return company.signUp(browser(), "VENDOR").waitForPath("/app/home.xhtml");
  }

  /** Invites from the people page and answers the link the mail brought. */
  private String invite(Browser admin, String email, String name, String role) throws Exception {
    admin.open(PEOPLE).type("#invite\\:email", email).type("#invite\\:name", name);
    choose(admin, "invite:role", role);
    admin.submit("#invite\\:submit");
    assertThat(admin.text("#messages")).isEqualTo("Invitation sent to " + email + ".");
    return mailbox.invitationLinkTo(email);
  }

  /** A fresh browser that follows the link and chooses a password: signed in. */
  private Browser accepted(String link) {
    Browser person = browser();
    person.driver().get(link);
    return accept(person);
  }

  private static Browser accept(Browser person) {
    return person
        .type("#accept\\:password", PASSWORD)
        .type("#accept\\:confirmation", PASSWORD)
        .submit("#accept\\:submit")
        .waitForPath("/app/home.xhtml");
  }

  private static void signIn(Browser browser, String email, String password) {
    browser.open("login.xhtml").signIn(email, password);
  }

  private boolean signInFails(String email) {
    return signInFails(browser(), email);
  }

  private static boolean signInFails(Browser browser, String email) {
    signIn(browser, email, PASSWORD);
    return browser.path().equals("/login.xhtml")
        && browser.text("#login\\:messages").equals("Incorrect e-mail or password.");
  }

  private static void chooseRole(Browser admin, int row, String label) {
    choose(admin, "people:table:" + row + ":role", label);
  }

  /**
   * Picks an option of a PrimeFaces select as a person does: opens its panel, waits for the panel's
   * opening transition to end (it grows into place, and a click during it misses), clicks the
   * option.
   */
  private static void choose(Browser browser, String select, String label) {
    browser.click("[id='" + select + "']");
    browser.waitUntil(
        d ->
            Boolean.TRUE.equals(
                ((JavascriptExecutor) d)
                    .executeScript(
                        "return !PrimeFaces.animationActive"
                            + " && $(PrimeFaces.escapeClientId(arguments[0]))"
                            + ".is('.ui-connected-overlay-enter-done:visible');",
                        select + "_panel")));
    browser.click("[id='" + select + "_items'] li[data-label='" + label + "']");
    browser.waitForText("[id='" + select + "_label']", label);
  }

  /** The index (data-ri) of the table's row that shows this text. */
  private static int rowIndex(Browser browser, String table, String text) {
    return Integer.parseInt(row(browser, table, text).getAttribute("data-ri"));
  }

  private static String rowText(Browser browser, String table, String text) {
    return row(browser, table, text).getText();
  }

  private static WebElement row(Browser browser, String table, String text) {
    browser.find("[id='" + table + "']");
    return browser.driver().findElements(By.cssSelector("[id='" + table + "_data'] > tr")).stream()
        .filter(row -> row.getText().contains(text))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row with " + text + " in " + table));
  }

  /** The value of a hidden native select behind a PrimeFaces one. */
  private static String selected(Browser browser, String id) {
    browser.waitUntil(d -> !d.findElements(By.id(id)).isEmpty());
    return valueOf(browser.driver().findElement(By.id(id)));
  }

  private static String valueOf(WebElement input) {
    return input.getAttribute("value");
  }
}
