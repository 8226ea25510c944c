package io.shoreline.portal.web.twofactor;

import static org.assertj.core.api.Assertions.assertThat;

import io.shoreline.portal.testing.Browser;
import io.shoreline.portal.testing.BrowserJourney;
import io.shoreline.portal.testing.Company;
import io.shoreline.portal.testing.Mailbox;
import io.shoreline.portal.twofactor.Totp;
import io.shoreline.portal.twofactor.TotpSeed;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Two-factor sign-in in Chromium, as a person does it: a new company's admin sets up an
 * authenticator app from the security page (the test reads the secret shown and computes the codes
 * as the app would), then signs in with a code, a recovery code, wrong and replayed codes.
 */
@BrowserJourney
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TwoFactorJourneyIT {

  private static final String WRONG_CODE_MESSAGE =
      "That code is not valid. Enter the current code of your app, or an unused recovery code.";

  @ArquillianResource URL base;
  private Browser browser;
  private Company company;

  @BeforeEach
  void aNewCompanyWhoseAdminIsSignedIn() {
    browser = new Browser(base);
    company = Company.fresh("Authy");
    company.signUp(browser, "CLIENT").waitForPath("/app/home.xhtml");
  }

  @AfterEach
  void closeBrowser() {
    browser.close();
  }

  @Test
  void enrolThenSignInWithACodeWhichWorksOnceAndARecoveryCodeWhichWorksOnce() throws Exception {
    browser.click("#shell\\:user-menu_button").submit("#shell\\:nav-security");
    browser.waitForPath("/app/security.xhtml");
    assertThat(browser.text("#status")).isEqualTo("Off");

    browser.submit("#start\\:start");
    assertThat(browser.find("#qr-code").getAttribute("src"))
        .startsWith("data:image/svg+xml;base64,");
    byte[] key = TotpSeed.fromBase32(browser.text("#secret")).key();
    long enrolledAt = Totp.stepAt(Instant.now());
    browser.type("#confirm\\:code", wrong(code(key, enrolledAt))).submit("#confirm\\:confirm");
    assertThat(browser.text("#messages")).contains("That code is not valid.");

    browser.type("#confirm\\:code", code(key, enrolledAt)).submit("#confirm\\:confirm");

    List<String> recoveryCodes =
        browser.driver().findElements(By.cssSelector("#recovery-codes li")).stream()
            .map(WebElement::getText)
            .toList();
    assertThat(recoveryCodes).hasSize(10).allMatch(c -> c.matches("[a-z2-7]{4}(-[a-z2-7]{4}){5}"));
    String file = browser.find("#download-codes").getAttribute("href");
    assertThat(file).startsWith("data:text/plain;charset=utf-8;base64,");
    assertThat(
            new String(
                Base64.getDecoder().decode(file.substring(file.indexOf(',') + 1)),
                StandardCharsets.UTF_8))
        .contains(recoveryCodes);
    assertThat(browser.find("#download-codes").getAttribute("download"))
        .isEqualTo("shoreline-recovery-codes.txt");
    browser.open("app/security.xhtml");
    assertThat(browser.text("#status")).isEqualTo("On");
    assertThat(browser.driver().findElements(By.cssSelector("#recovery-codes"))).isEmpty();

    // the password alone does not sign in: the code page comes, the portal stays closed
    signOut();
    signInWithPassword();
    browser.waitForPath("/login-code.xhtml");
    browser.open("app/home.xhtml").waitForPath("/login.xhtml");
    browser.open("login-code.xhtml");
    String beforeCode = browser.cookie("JSESSIONID");
    enterCode(wrong(code(key, Totp.stepAt(Instant.now()))));
    assertThat(browser.text("#login-code\\:messages")).isEqualTo(WRONG_CODE_MESSAGE);

    String next = code(key, Totp.stepAt(Instant.now()) + 1);
    enterCode(next);
    browser.waitForPath("/app/home.xhtml");
    assertThat(browser.cookie("JSESSIONID")).isNotEqualTo(beforeCode);

    // the same code again: a replay, refused; then a recovery code, once
    signOut();
    signInWithPassword();
    enterCode(next);
    assertThat(browser.text("#login-code\\:messages")).isEqualTo(WRONG_CODE_MESSAGE);
    enterCode(recoveryCodes.get(0).toUpperCase());
    browser.waitForPath("/app/home.xhtml");
    browser.open("app/security.xhtml");
    assertThat(browser.text("#codes-left")).isEqualTo("Unused recovery codes: 9");

    signOut();
    signInWithPassword();
    enterCode(recoveryCodes.get(0));
    assertThat(browser.text("#login-code\\:messages")).isEqualTo(WRONG_CODE_MESSAGE);
    enterCode(recoveryCodes.get(1));
    browser.waitForPath("/app/home.xhtml");
  }

  @Test
  void fiveWrongCodesLockTheSignInLikeWrongPasswords() {
    enrol();
    signOut();
    signInWithPassword();
    for (int attempt = 1; attempt <= 5; attempt++) {
      enterCode("00000" + attempt);
      assertThat(browser.text("#login-code\\:messages")).isEqualTo(WRONG_CODE_MESSAGE);
    }

    enterCode("000006");

    assertThat(browser.text("#login-code\\:messages"))
        .startsWith("Too many failed sign-in attempts. Try again in ");
    assertThat(browser.path()).isEqualTo("/login-code.xhtml");
    // the password page is locked for the account too
    signInWithPassword();
    assertThat(browser.text("#login\\:messages"))
        .startsWith("Too many failed sign-in attempts. Try again in ");
  }

  @Test
  void theCodePageWithoutAPasswordLeadsToSignIn() {
    signOut();

    browser.open("login-code.xhtml").waitForPath("/login.xhtml");
    browser.open("login-enrol.xhtml").waitForPath("/login.xhtml");
  }

  @Test
  void policyEveryoneMakesThemEnrolBeforeEnteringThePortal() {
    browser.click("#shell\\:organization-menu_button").submit("#shell\\:nav-org-security");
    browser.waitForPath("/app/org/security.xhtml");
    browser.click("label[for='policy:choice:2']").submit("#policy\\:save-policy");
    assertThat(browser.text("#messages")).contains("The policy is saved.");

    signOut();
    signInWithPassword();
    browser.waitForPath("/login-enrol.xhtml");
    assertThat(browser.text("#enrol-intro")).contains("Your organization requires a second factor");
    browser.open("app/home.xhtml").waitForPath("/login.xhtml");
    browser.open("login-enrol.xhtml");
    byte[] key = TotpSeed.fromBase32(browser.text("#secret")).key();
    browser.type("#enrol\\:code", code(key, Totp.stepAt(Instant.now()))).submit("#enrol\\:confirm");

    assertThat(browser.driver().findElements(By.cssSelector("#recovery-codes li"))).hasSize(10);
    browser.submit("#continue").waitForPath("/app/home.xhtml");
    browser.open("app/security.xhtml");
    assertThat(browser.text("#status")).isEqualTo("On");
    assertThat(browser.text("#required"))
        .isEqualTo("Your organization requires two-factor sign-in.");
    assertThat(browser.driver().findElements(By.cssSelector("#disable\\:disable"))).isEmpty();
  }

  @Test
  void someoneInvitedWhereEveryoneNeedsItSetsItUpAtTheirFirstSignIn() throws Exception {
    String email = "rania@" + company.slug() + ".test";
    browser.open("app/org/security.xhtml");
    browser.click("label[for='policy:choice:2']").submit("#policy\\:save-policy");
    String link;
    try (Mailbox mailbox = Mailbox.start()) {
      browser.open("app/org/people.xhtml").type("#invite\\:email", email);
      browser.type("#invite\\:name", "Rania Aziz").submit("#invite\\:submit");
      link = mailbox.invitationLinkTo(email);
    }

    try (Browser rania = new Browser(base)) {
      rania.driver().get(link);
      rania
          .type("#accept\\:password", Company.PASSWORD)
          .type("#accept\\:confirmation", Company.PASSWORD)
          .submit("#accept\\:submit")
          .waitForPath("/login.xhtml");
      assertThat(rania.text("#login\\:messages"))
          .isEqualTo("Your account is ready. Sign in with your e-mail address and password.");
      rania.open("app/home.xhtml").waitForPath("/login.xhtml");
      rania.signIn(email, Company.PASSWORD).waitForPath("/login-enrol.xhtml");
      assertThat(rania.find("#qr-code").getAttribute("src")).startsWith("data:image/svg+xml");
    }
  }

  @Test
  void anAdminResetsALostAppAndThePasswordAloneSignsInAgain() {
    enrol();
    browser.open("app/org/security.xhtml");
    assertThat(browser.text("#people\\:table")).contains(company.adminName(), "On");

    browser.submit("#people\\:table\\:0\\:reset");

    assertThat(browser.text("#messages")).contains("The authenticator app is reset");
    assertThat(browser.text("#people\\:table")).contains("Off");
    signOut();
    signInWithPassword();
    browser.waitForPath("/app/home.xhtml");
  }

  @Test
  void turningItOffTakesACurrentCode() {
    byte[] key = enrol();
    browser.open("app/security.xhtml");
    String next = code(key, Totp.stepAt(Instant.now()) + 1);

    browser.type("#disable\\:code", wrong(next)).submit("#disable\\:disable");
    assertThat(browser.text("#messages")).contains("That code is not valid.");
    assertThat(browser.text("#status")).isEqualTo("On");
    browser.type("#disable\\:code", next).submit("#disable\\:disable");

    assertThat(browser.text("#messages")).contains("Two-factor sign-in is off.");
    assertThat(browser.text("#status")).isEqualTo("Off");
    signOut();
    signInWithPassword();
    browser.waitForPath("/app/home.xhtml");
  }

  /** Sets the admin's authenticator up on the security page; answers its key. */
  private byte[] enrol() {
    browser.open("app/security.xhtml").submit("#start\\:start");
    byte[] key = TotpSeed.fromBase32(browser.text("#secret")).key();
    browser
        .type("#confirm\\:code", code(key, Totp.stepAt(Instant.now())))
        .submit("#confirm\\:confirm");
    browser.find("#recovery-codes");
    return key;
  }

  private void signInWithPassword() {
    browser.open("login.xhtml").signIn(company.adminEmail(), Company.PASSWORD);
  }

  private void enterCode(String code) {
    browser.type("#login-code\\:code", code).submit("#login-code\\:verify");
  }

  private void signOut() {
    browser.open("app/home.xhtml");
    browser.click("#shell\\:user-menu_button").submit("#shell\\:sign-out");
    browser.waitForPath("/login.xhtml");
  }

  private static String code(byte[] key, long step) {
    return Totp.code(key, step, Totp.DIGITS);
  }

  private static String wrong(String code) {
    return String.format("%06d", (Integer.parseInt(code) + 500_000) % 1_000_000);
  }
}
