package io.shoreline.portal.web.visits;

import static io.shoreline.portal.testing.DemoLogins.ATLAS_ADMIN;
import static io.shoreline.portal.testing.DemoLogins.CONTOSO_ADMIN;
import static io.shoreline.portal.testing.Widgets.css;
import static org.assertj.core.api.Assertions.assertThat;

import io.shoreline.portal.testing.Browser;
import io.shoreline.portal.testing.BrowserJourney;
import io.shoreline.portal.testing.Mailbox;
import io.shoreline.portal.testing.PdfText;
import io.shoreline.portal.testing.Visitors;
import io.shoreline.portal.testing.Widgets;
import jakarta.mail.internet.MimeMessage;
import java.awt.image.BufferedImage;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The site-visit issue's journey in two Chromium sessions: the client's coordinator plans a visit
 * to a vendor site on the site's clock, the vendor's coordinator (a host) adds agenda items, the
 * client records a finding with a photo, rates the areas and gives a vendor person an action item
 * (who is mailed); both coordinators sign the report off, after which it shows no edit form, and
 * its PDF holds the finding, the action and both signatures.
 */
@BrowserJourney
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class VisitsJourneyIT {

  private static final String WORKSPACE = "Contoso Bank – Atlas Contact Centres";
  private static final String RAFAEL = "rafael.santos@atlas.example";
  private static final List<String> EDIT_FORMS =
      List.of("agenda", "notes", "finding", "ratings", "action", "workflow:sign-off", "replan");

  @ArquillianResource URL base;

  @TempDir Path files;

  @Test
  void planAgendaFindingRatingsActionBothSignThenReadOnlyAndThePdf() throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 8);
    String purpose = "Quality visit " + run;
    String finding = "Agents skip the recap " + run;
    String action = "Coach the recap step " + run;
    Path photo = png(files.resolve("floor-" + run + ".png"));
    try (Mailbox mailbox = Mailbox.start();
        Visitors people = new Visitors(base)) {
      String w = people.demoWorkspaces().get(WORKSPACE);
      assertThat(w).as("demo workspace id").isNotNull();

      // James (Contoso, London) plans a visit to Casablanca on Casablanca's clock
      Browser james = people.browser(CONTOSO_ADMIN);
      james.open("app/visits.xhtml?w=" + w).submit("#plan-visit").waitForPath("/visit-plan.xhtml");
      Widgets.choose(james, "plan:site", "Casablanca (Casablanca, MA)");
      Widgets.idle(james);
      assertThat(james.text(css("plan:start-zone"))).contains("Africa/Casablanca");
      typeDate(james, "plan:start_input", "2026-12-14 09:00");
      typeDate(james, "plan:end_input", "2026-12-14 17:00");
      james.type(css("plan:purpose"), purpose);
      check(james, "plan:visitors", "James Clarke");
      check(james, "plan:hosts", "Amina Haddad");
      james.submit(css("plan:save")).waitForPath("/app/visit.xhtml");
      String v = james.driver().getCurrentUrl().replaceAll(".*[?&]v=(\\d+).*", "$1");
      String visitPage = "app/visit.xhtml?w=" + w + "&v=" + v;
      assertThat(james.text("#visit-purpose")).isEqualTo(purpose);
      assertThat(james.text("#visit-site-times")).contains("9:00", "5:00");
      assertThat(james.text("#visit-times")).contains("8:00", "4:00"); // London is an hour behind
      assertThat(james.text("#visit-visitors")).contains("James Clarke");
      assertThat(james.text("#visit-hosts")).contains("Amina Haddad");

      // Amina (Atlas), a host, sets the agenda
      Browser amina = people.browser(ATLAS_ADMIN);
      amina.open(visitPage).waitForText("#visit-purpose", purpose);
      amina.type(css("agenda:text"), "Floor walk, inbound team").submit(css("agenda:add-item"));
      amina.type(css("agenda:text"), "QA calibration session").submit(css("agenda:add-item"));
      assertThat(texts(amina, "ol#agenda-list li.agenda-item span.agenda-text"))
          .containsExactly("Floor walk, inbound team", "QA calibration session");

      // James records a finding with a photo, rates two areas, and gives Rafael an action
      james.open(visitPage);
      Widgets.choose(james, "finding:area", "Quality");
      Widgets.choose(james, "finding:severity", "High");
      james.type(css("finding:text"), finding);
      Widgets.attach(james, "finding:photos", photo);
      james.submit(css("finding:record")).waitForPath("/app/visit.xhtml");
      assertThat(james.text("article.visit-finding .finding-text")).isEqualTo(finding);
      WebElement image = james.find("article.visit-finding img.finding-photo");
      james.waitUntil(d -> loaded(james, image));

      score(james, 0, 3); // training
      score(james, 1, 4); // quality
      james.submit(css("ratings:save-ratings")).waitForPath("/app/visit.xhtml");

      james.type(css("action:title"), action);
      Widgets.choose(james, "action:owner", "Rafael Santos (Atlas Contact Centres)");
      typeDate(james, "action:due_input", "2026-12-31");
      Widgets.choose(james, "action:finding", "Quality: " + finding);
      james.submit(css("action:add-action")).waitForPath("/app/visit.xhtml");
      assertThat(james.text("table#visit-actions tr.action-row")).contains(action, "Rafael Santos");
      MimeMessage mail = mailbox.mailTo(RAFAEL);
      assertThat(mail.getSubject()).contains(action);
      assertThat(Mailbox.text(mail)).contains("Casablanca", action);

      // to review; each side's coordinator signs
      james.submit(css("workflow:send-to-review")).waitForPath("/app/visit.xhtml");
      assertThat(james.text("#visit-status")).isEqualTo("In review");
      james.submit(css("workflow:sign-off")).waitForPath("/app/visit.xhtml");
      assertThat(james.text("ul#report-sign-offs")).contains("James Clarke");
      assertThat(Widgets.exists(james, "workflow:sign-off")).isFalse(); // his side has signed
      amina.open(visitPage);
      amina.submit(css("workflow:sign-off")).waitForPath("/app/visit.xhtml");
      amina.find("#signed-off");
      assertThat(amina.text("#visit-status")).isEqualTo("Signed off");
      assertThat(amina.text("ul#report-sign-offs")).contains("James Clarke", "Amina Haddad");

      // the report is read-only for both now
      for (Browser browser : List.of(james.open(visitPage), amina.open(visitPage))) {
        browser.find("#signed-off");
        assertThat(EDIT_FORMS).noneMatch(id -> Widgets.exists(browser, id));
        assertThat(browser.driver().findElements(By.cssSelector("details.finding-edit"))).isEmpty();
        assertThat(texts(browser, ".rating-row .rating-score")).contains("3 / 5", "4 / 5");
        assertThat(browser.text("article.visit-finding .finding-text")).isEqualTo(finding);
      }

      // the PDF downloads and holds the finding, the action and both signatures
      HttpResponse<byte[]> pdf = amina.fetch(amina.find("#report-pdf").getAttribute("href"));
      assertThat(pdf.statusCode()).isEqualTo(200);
      assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
      assertThat(new String(Arrays.copyOf(pdf.body(), 5), StandardCharsets.US_ASCII))
          .isEqualTo("%PDF-");
      assertThat(PdfText.of(pdf.body()))
          .contains(finding, "Rafael Santos", "James Clarke", "Amina Haddad")
          .contains(action.split(" ")); // a table cell may wrap the title
    }
  }

  /**
   * Fills a p:datePicker's text field as typed text, without opening its calendar (whose overlay
   * would cover the fields below): the server parses the text with the picker's pattern.
   */
  private static void typeDate(Browser browser, String inputId, String text) {
    WebElement field = browser.find(css(inputId));
    ((JavascriptExecutor) browser.driver())
        .executeScript("arguments[0].value = arguments[1];", field, text);
    assertThat(field.getAttribute("value")).isEqualTo(text);
  }

  /** Ticks a person in a p:selectCheckboxMenu and closes its panel. */
  private static void check(Browser browser, String menuId, String label) {
    browser.click(css(menuId));
    browser.waitUntil(
        ExpectedConditions.attributeContains(
            By.cssSelector(css(menuId + "_panel")), "class", "ui-connected-overlay-enter-done"));
    browser
        .waitUntil(
            ExpectedConditions.elementToBeClickable(
                By.xpath(
                    "//*[@id='"
                        + menuId
                        + "_panel']//li[contains(normalize-space(.), '"
                        + label
                        + "')]")))
        .click();
    browser.click(css(menuId + "_panel") + " .ui-selectcheckboxmenu-close");
    browser.waitUntil(
        ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(css(menuId + "_panel"))));
  }

  /** Presses the score's button of the area in row {@code area} of the ratings form. */
  private static void score(Browser browser, int area, int score) {
    String id = "ratings:areas:" + area + ":score:" + score;
    WebElement button = browser.driver().findElement(By.id(id)).findElement(By.xpath(".."));
    button.click();
    browser.waitUntil(d -> button.getAttribute("class").contains("ui-state-active"));
  }

  private static List<String> texts(Browser browser, String cssSelector) {
    browser.find(cssSelector);
    return browser.driver().findElements(By.cssSelector(cssSelector)).stream()
        .map(WebElement::getText)
        .toList();
  }

  /** Whether the browser has loaded and decoded the image: its src answered with a picture. */
  private static boolean loaded(Browser browser, WebElement image) {
    return Boolean.TRUE.equals(
        ((JavascriptExecutor) browser.driver())
            .executeScript(
                "return arguments[0].complete && arguments[0].naturalWidth > 0;", image));
  }

  /** A small real PNG: a 16×16 square. */
  private static Path png(Path file) throws Exception {
    BufferedImage image = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
    image.getGraphics().fillRect(4, 4, 8, 8);
    ImageIO.write(image, "png", file.toFile());
    return file;
  }
}
