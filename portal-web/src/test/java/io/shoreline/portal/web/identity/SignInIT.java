package io.shoreline.portal.web.identity;

import static io.shoreline.portal.testing.DemoLogins.ATLAS_ADMIN;
import static io.shoreline.portal.testing.DemoLogins.CONTOSO_ADMIN;
import static io.shoreline.portal.testing.DemoLogins.NORTHWIND_ADMIN;
import static io.shoreline.portal.testing.DemoLogins.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import io.shoreline.portal.testing.Browser;
import io.shoreline.portal.testing.BrowserJourney;
import io.shoreline.portal.testing.Pages;
import java.net.URL;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/** Signing in and out in a real browser, as a person would. */
@BrowserJourney
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignInIT {

  @ArquillianResource URL base;
  private Browser browser;

  @BeforeEach
  void openBrowser() {
    browser = new Browser(base);
  }

  @AfterEach
  void closeBrowser() {
    browser.close();
  }

  @Test
  void aDemoLoginReachesTheHomePageShownInTheAccountsTimeZone() {
    browser.open("app/home.xhtml").waitForPath("/login.xhtml");
    String anonymousSession = browser.cookie("JSESSIONID");

    signIn(NORTHWIND_ADMIN, PASSWORD);

    browser.waitForPath("/app/home.xhtml");
    assertThat(browser.text("#greeting")).isEqualTo("Welcome, Claire Dubois");
    assertThat(browser.text("#organization")).isEqualTo("Northwind Retail");
    assertThat(browser.text("#time-zone")).isEqualTo("Europe/Paris");
    assertThat(browser.text("#now")).endsWith("(Europe/Paris)");
    assertThat(browser.cookie("JSESSIONID")).isNotNull().isNotEqualTo(anonymousSession);
    assertThat(browser.text("#workspace-list"))
        .contains("Northwind Retail – Atlas Contact Centres", "Coordinator")
        .doesNotContain("Contoso");
  }

  @Test
  void theVendorSeesEachOfItsClientWorkspaces() {
    browser.open("login.xhtml");
    signIn(ATLAS_ADMIN, PASSWORD);
    browser.waitForPath("/app/home.xhtml");

    assertThat(browser.text("#workspace-list"))
        .contains(
            "Contoso Bank – Atlas Contact Centres", "Northwind Retail – Atlas Contact Centres");
  }

  @Test
  void theLanguageSwitchesToFrenchAndBack() {
    browser.open("login.xhtml");
    signIn(CONTOSO_ADMIN, PASSWORD);
    browser.waitForPath("/app/home.xhtml");

    chooseFromUserMenu("#shell\\:french");
    browser.waitForText("#greeting", "Bienvenue, James Clarke");
    assertThat(browser.find("html").getAttribute("lang")).isEqualTo("fr");
    assertThat(browser.text("h1 + .portal-grid")).contains("Fuseau horaire", "Organisation");

    chooseFromUserMenu("#shell\\:english");
    browser.waitForText("#greeting", "Welcome, James Clarke");
    assertThat(browser.find("html").getAttribute("lang")).isEqualTo("en");
  }

  @Test
  void theSignInPageItselfOffersFrench() {
    browser.open("login.xhtml").submit("#languages\\:french").waitForText("h1", "Connexion");

    assertThat(browser.text("#login\\:next")).isEqualTo("Continuer");
  }

  @Test
  void signingOutEndsTheSession() {
    browser.open("login.xhtml");
    signIn(ATLAS_ADMIN, PASSWORD);
    browser.waitForPath("/app/home.xhtml");

    chooseFromUserMenu("#shell\\:sign-out");

    browser.waitForPath("/login.xhtml");
    assertThat(browser.text("#login\\:signed-out")).contains("You have signed out.");
    browser.open("app/home.xhtml").waitForPath("/login.xhtml");
  }

  @Test
  void aWrongPasswordGetsAClearMessage() {
    browser.open("login.xhtml");
    signIn(NORTHWIND_ADMIN, "not-the-password");

    assertThat(browser.text("#login\\:messages")).isEqualTo("Incorrect e-mail or password.");
    assertThat(browser.path()).isEqualTo("/login.xhtml");
  }

  @Test
  void anUnknownUserGetsTheSameMessage() {
    browser.open("login.xhtml");
    signIn("nobody-" + UUID.randomUUID() + "@example.test", PASSWORD);

    assertThat(browser.text("#login\\:messages")).isEqualTo("Incorrect e-mail or password.");
  }

  @Test
  void emptyFieldsAreNamed() {
    browser.open("login.xhtml").click("#login\\:next").waitForAjax();

    assertThat(browser.text("#login\\:messages")).isEqualTo("Enter your e-mail address.");
    assertThat(browser.driver().findElement(By.id("login:password")).isDisplayed()).isFalse();

    browser.type("#login\\:email", NORTHWIND_ADMIN).click("#login\\:next").waitForAjax();
    browser.submit("#login\\:submit");

    assertThat(browser.text("#login\\:messages")).isEqualTo("Enter your password.");
    assertThat(browser.find("#login\\:email").getAttribute("value")).isEqualTo(NORTHWIND_ADMIN);
  }

  @Test
  void aTenKilobyteUserNameIsRefusedWithAMessage() {
    browser.open("login.xhtml");
    // the field's maxlength stops typing; a crafted form is not stopped by it
    ((JavascriptExecutor) browser.driver())
        .executeScript(
            "const f = document.getElementById('login:email');"
                + " f.removeAttribute('maxlength'); f.value = 'x'.repeat(10240) + '@example.test';");
    browser.click("#login\\:next").waitForAjax();

    assertThat(browser.text("#login\\:messages"))
        .isEqualTo("That e-mail address is too long (254 characters at most).");
    assertThat(browser.driver().getPageSource()).doesNotContainPattern(Pages.STACK_FRAME);
  }

  @Test
  void repeatedFailuresLockTheAccountNameForAWhile() {
    String target = "locked-" + UUID.randomUUID() + "@example.test";
    browser.open("login.xhtml");
    for (int attempt = 1; attempt <= 5; attempt++) {
      signIn(target, "guess-" + attempt);
      assertThat(browser.text("#login\\:messages")).isEqualTo("Incorrect e-mail or password.");
    }

    signIn(target, "guess-6");

    assertThat(browser.text("#login\\:messages"))
        .startsWith("Too many failed sign-in attempts. Try again in ")
        .endsWith(" minutes.");
  }

  private void signIn(String email, String password) {
    browser.signIn(email, password);
  }

  private void chooseFromUserMenu(String item) {
    browser.click("#shell\\:user-menu_button").submit(item);
  }
}
