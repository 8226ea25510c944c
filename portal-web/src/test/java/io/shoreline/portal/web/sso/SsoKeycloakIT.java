package io.shoreline.portal.web.sso;

import static org.assertj.core.api.Assertions.assertThat;

import io.shoreline.portal.testing.Browser;
import io.shoreline.portal.testing.DemoLogins;
import io.shoreline.portal.testing.KeycloakServer;
import io.shoreline.portal.testing.Visitors;
import io.shoreline.portal.testing.WebClient;
import io.shoreline.portal.testing.Widgets;
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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;

/**
 * Single sign-on against a real identity provider: Keycloak started beside the portal with the
 * realm of test/resources/keycloak (Ada and Sam of Acme, Eve of another organization, Mallory of
 * nobody's). Acme's admin sets Keycloak up in the browser; then Acme's people sign in at Keycloak
 * (Sam's account made on his first sign-in), and nobody else gets in through it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SsoKeycloakIT {

  private static final String ADA = "ada@acme-sso.test";
  private static final String EVE = "eve@other-sso.test";
  private static final Pattern WORKSPACE_LINK =
      Pattern.compile("href=\"/app/workspace\\.xhtml\\?w=(\\d+)\"[^>]*>([^<]+)</a>");

  private static KeycloakServer keycloak;

  @ArquillianResource URL server;

  /** The portal on the loopback address: what the realm lets Keycloak send people back to. */
  private URL base;

  @BeforeEach
  void onLoopback() throws Exception {
    String path = server.getPath().isEmpty() ? "/" : server.getPath();
    base = new URL("http", "127.0.0.1", server.getPort(), path);
  }

  @BeforeAll
  static void startKeycloak() throws Exception {
    keycloak = KeycloakServer.start();
  }

  @AfterAll
  static void stopKeycloak() {
    if (keycloak != null) {
      keycloak.close();
    }
  }

  @Test
  void acmePeopleSignInAtTheirProviderAndNobodyElseGetsInThroughIt() throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 8);
    signUp("CLIENT", "acme-sso-" + run, "Acme SSO " + run, ADA, "Ada Mensah");
    signUp(
        "VENDOR",
        "vendor-sso-" + run,
        "Vendor SSO " + run,
        "admin@vendor-sso-" + run + ".test",
        "Vic");
    signUp("CLIENT", "other-sso-" + run, "Other SSO " + run, EVE, "Eve Other");
    String workspaceName = "Acme SSO – Vendor " + run;
    partnership(ADA, "admin@vendor-sso-" + run + ".test", workspaceName);

    try (Visitors visitors = new Visitors(base)) {
      // Ada, still with her password, points the portal at Keycloak and turns single sign-on on
      Browser admin = visitors.browser(ADA);
      String workspace = workspaceId(visitors.client(ADA), workspaceName);
      admin.open("app/org/sso.xhtml");
      assertThat(admin.text("#sso-status")).contains("Not set up.");
      fillSettings(admin, "http://id.acme-sso.test/realms/acme");
      admin.submit("#settings\\:save");
      assertThat(admin.text("#settings\\:messages"))
          .contains("The issuer must be an https URL without query or fragment");
      fillSettings(admin, keycloak.issuer());
      Widgets.choose(admin, "settings:groups:0:role", "Admin");
      admin.submit("#settings\\:save");
      assertThat(admin.text("#status\\:messages")).contains("Single sign-on settings saved.");
      assertThat(admin.text("#sso-status")).contains("Off");
      admin.submit("#status\\:turn-on");
      assertThat(admin.text("#sso-status")).contains("On: your people sign in at your provider.");

      // Ada's password no longer works: the sign-in form sends her to Keycloak instead
      WebClient withPassword = new WebClient(base);
      HttpResponse<String> attempt = withPassword.signIn(ADA, DemoLogins.PASSWORD);
      assertThat(attempt.headers().firstValue("Location"))
          .hasValueSatisfying(
              location ->
                  assertThat(location)
                      .startsWith(keycloak.issuer() + "/protocol/openid-connect/auth"));
      assertThat(withPassword.get("app/home.xhtml").statusCode()).isEqualTo(302);

      // Ada, going to her workspace, signs in at Keycloak and lands in it
      Browser ada = visitors.anonymous();
      ada.open("app/workspace.xhtml?w=" + workspace).waitForPath("/login.xhtml");
      continueWithEmail(ada, ADA);
      atKeycloak(ada, "ada", "ada-at-keycloak");
      ada.waitForPath("/app/workspace.xhtml");
      assertThat(ada.driver().getCurrentUrl()).endsWith("?w=" + workspace);
      assertThat(ada.text("h1")).contains(workspaceName);

      // Sam has no account yet: his first sign-in at Keycloak makes one in Acme
      Browser sam = visitors.anonymous();
      sam.open("login.xhtml");
      continueWithEmail(sam, "sam@acme-sso.test");
      atKeycloak(sam, "sam", "sam-at-keycloak");
      sam.waitForPath("/app/home.xhtml");
      assertThat(sam.text("#greeting")).isEqualTo("Welcome, Sam Okafor");
      admin.open("app/org/people.xhtml");
      assertThat(admin.text("#people")).contains("Sam Okafor", "sam@acme-sso.test");

      // Eve, of another organization, cannot enter Acme through Acme's provider
      Browser eve = visitors.anonymous();
      eve.open("login.xhtml");
      continueWithEmail(eve, "newcomer-" + run + "@acme-sso.test");
      atKeycloak(eve, "eve", "eve-at-keycloak");
      eve.waitForPath("/login.xhtml");
      assertThat(eve.text("#login\\:provider-problem"))
          .contains("your Shoreline account belongs to another organization");
      eve.open("app/home.xhtml").waitForPath("/login.xhtml");

      // Mallory, whose domain no organization claims, gets no account
      Browser mallory = visitors.anonymous();
      mallory.open("login.xhtml");
      continueWithEmail(mallory, "someone-" + run + "@acme-sso.test");
      atKeycloak(mallory, "mallory", "mallory-at-keycloak");
      mallory.waitForPath("/login.xhtml");
      assertThat(mallory.text("#login\\:provider-problem"))
          .contains("You have no Shoreline account yet");

      // Eve herself signs in with her password: her organization has no provider
      Browser eveAtHome = visitors.browser(EVE);
      assertThat(eveAtHome.text("#greeting")).isEqualTo("Welcome, Eve Other");
      // and her organization's settings page knows nothing of Acme's provider
      eveAtHome.open("app/org/sso.xhtml");
      assertThat(eveAtHome.text("#sso-status")).contains("Not set up.");
      assertThat(eveAtHome.driver().getPageSource())
          .doesNotContain(keycloak.issuer(), "acme-sso.test");
    }
  }

  @Test
  void anAnswerThisBrowserDidNotAskForIsRefused() throws Exception {
    WebClient stranger = new WebClient(base);

    HttpResponse<String> answer = stranger.get("sso/callback?state=forged&code=stolen");

    assertThat(answer.statusCode()).isEqualTo(302);
    assertThat(answer.headers().firstValue("Location").orElseThrow()).endsWith("/login.xhtml");
    assertThat(stranger.get("login.xhtml").body())
        .contains("That sign-in was not started in this browser, or was used already.");
    assertThat(stranger.get("app/home.xhtml").statusCode()).isEqualTo(302);
  }

  private static void fillSettings(Browser admin, String issuer) {
    admin
        .type("#settings\\:issuer", issuer)
        .type("#settings\\:client-id", KeycloakServer.CLIENT_ID)
        .type("#settings\\:client-secret", KeycloakServer.CLIENT_SECRET)
        .type("#settings\\:domains", "acme-sso.test")
        .type("#settings\\:groups\\:0\\:group", "portal-admins");
    if (!admin.driver().findElement(By.id("settings:creates-accounts_input")).isSelected()) {
      admin.click("#settings\\:creates-accounts .ui-chkbox-box");
    }
  }

  private static void continueWithEmail(Browser browser, String email) {
    browser.type("#login\\:email", email).click("#login\\:next");
  }

  /** Keycloak's own sign-in page, then back to the portal. */
  private static void atKeycloak(Browser browser, String username, String password) {
    try {
      browser.waitUntil(driver -> driver.getCurrentUrl().contains("/realms/acme/"));
      browser.type("#username", username).type("#password", password).submit("#kc-login");
    } catch (TimeoutException e) {
      throw new AssertionError(
          "not at Keycloak but at "
              + browser.driver().getCurrentUrl()
              + ": "
              + browser.driver().findElement(By.tagName("body")).getText(),
          e);
    }
  }

  private String workspaceId(WebClient client, String name) throws Exception {
    Matcher link = WORKSPACE_LINK.matcher(client.get("app/home.xhtml").body());
    while (link.find()) {
      if (link.group(2).contains(name)) {
        return link.group(1);
      }
    }
    throw new AssertionError("no workspace " + name + " on the home page");
  }

  private void signUp(String kind, String slug, String name, String adminEmail, String adminName)
      throws Exception {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("kind", kind);
    form.put("name", name);
    form.put("slug", slug);
    form.put("adminName", adminName);
    form.put("adminEmail", adminEmail);
    form.put("password", DemoLogins.PASSWORD);
    assertThat(new WebClient(base).post("testing/sign-up", form).statusCode()).isEqualTo(204);
  }

  private void partnership(String clientAdmin, String vendorAdmin, String name) throws Exception {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("clientAdmin", clientAdmin);
    form.put("vendorAdmin", vendorAdmin);
    form.put("name", name);
    assertThat(new WebClient(base).post("testing/partnership", form).statusCode()).isEqualTo(204);
  }
}
