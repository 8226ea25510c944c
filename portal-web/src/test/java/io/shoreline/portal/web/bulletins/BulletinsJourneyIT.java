package io.shoreline.portal.web.bulletins;

import static io.shoreline.portal.testing.DemoLogins.NORTHWIND_ADMIN;
import static io.shoreline.portal.testing.Widgets.css;
import static org.assertj.core.api.Assertions.assertThat;

import io.shoreline.portal.testing.Browser;
import io.shoreline.portal.testing.BrowserJourney;
import io.shoreline.portal.testing.Visitors;
import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The bulletins issue's journey in two Chromium sessions on the demo's Northwind–Atlas workspace:
 * Claire (Northwind) posts a critical bulletin to Atlas's Casablanca site, where the demo placed
 * Maria and Rafael; Maria sees it on the workspace home and acknowledges it; Claire's rate turns to
 * 1 of 2, per site too, and Rafael is the one not yet acknowledged. Then Claire publishes a new
 * version of the authority matrix, and Rafael, who had acknowledged the current one, is asked
 * again.
 */
@BrowserJourney
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BulletinsJourneyIT {

  private static final String WORKSPACE = "Northwind Retail – Atlas Contact Centres";
  private static final String MARIA = "maria.reyes@atlas.example";
  private static final String RAFAEL = "rafael.santos@atlas.example";

  @ArquillianResource URL base;

  @Test
  void postAcknowledgeRateThenANewMatrixVersionAsksAgain() throws Exception {
    String title = "Lyon stores closed " + UUID.randomUUID().toString().substring(0, 8);
    try (Visitors people = new Visitors(base)) {
      String w = people.demoWorkspaces().get(WORKSPACE);
      assertThat(w).as("demo workspace id").isNotNull();

      // Claire writes for Casablanca only
      Browser claire = people.browser(NORTHWIND_ADMIN);
      claire.open("app/bulletins.xhtml?w=" + w).click("#new-bulletin");
      claire.waitForPath("/app/bulletin-compose.xhtml");
      claire.type(css("compose:title"), title);
      claire.type(css("compose:body"), "Click & collect **only** until Monday.");
      check(claire, "compose:sites", "Casablanca");
      claire.submit(css("compose:publish")).waitForPath("/app/bulletin.xhtml");
      String id = claire.driver().getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");
      String bulletinPage = "app/bulletin.xhtml?w=" + w + "&id=" + id;
      assertThat(claire.text("#bulletin-title")).isEqualTo(title);
      assertThat(rates(claire)).containsExactly("Everyone 0 of 2 (0 %)", "Casablanca 0 of 2 (0 %)");

      // Maria is asked on the workspace home and acknowledges from the bulletins page
      Browser maria = people.browser(MARIA);
      maria.open("app/workspace.xhtml?w=" + w);
      assertThat(maria.text("#to-acknowledge")).contains(title);
      maria.open("app/bulletins.xhtml?w=" + w);
      WebElement row =
          maria.waitUntil(
              ExpectedConditions.presenceOfElementLocated(
                  By.xpath(
                      "//li[contains(@class,'bulletin-pending')][contains(., '" + title + "')]")));
      row.findElement(By.cssSelector("button[id$='acknowledge']")).click();
      maria.waitUntil(d -> d.getPageSource().contains("You acknowledged"));
      maria.open(bulletinPage);
      assertThat(maria.text("#acknowledged")).contains("You acknowledged this version");

      // Claire's rate: 1 of 2, at Casablanca too; Rafael has not acknowledged yet
      claire.open(bulletinPage);
      assertThat(rates(claire))
          .containsExactly("Everyone 1 of 2 (50 %)", "Casablanca 1 of 2 (50 %)");
      claire.open(bulletinPage + "&notYet=true");
      assertThat(texts(claire, "span.recipient-name")).containsExactly("Rafael Santos");

      // Rafael acknowledged the matrix in force; Claire publishes the next version
      Browser rafael = people.browser(RAFAEL);
      rafael.open("app/authority-matrix.xhtml?w=" + w);
      assertThat(rafael.text("#acknowledged")).contains("You acknowledged this version");
      String before = rafael.text("#shown-version");
      claire.open("app/authority-matrix.xhtml?w=" + w);
      claire.type(css("matrix:note"), "Refunds up to 120 EUR");
      WebElement amount = claire.find(css("matrix:rows:1:amount"));
      amount.clear();
      amount.sendKeys("120");
      typeDate(claire, "matrix:from_input", LocalDate.now().plusDays(1).toString());
      claire.click(css("matrix:publish"));
      claire.waitUntil(d -> d.getPageSource().contains("Version 3 is published"));

      // the new version asks Rafael again, on the workspace home too
      rafael.open("app/workspace.xhtml?w=" + w);
      assertThat(rafael.text("#to-acknowledge")).contains("Authority matrix, version 3");
      rafael.open("app/authority-matrix.xhtml?w=" + w);
      assertThat(rafael.text("#versions")).contains("Version 3");
      rafael.open("app/authority-matrix.xhtml?w=" + w + "&v=" + latestVersionId(rafael));
      assertThat(rafael.text("#shown-version")).contains("Version 3").isNotEqualTo(before);
      assertThat(rafael.text("#rules")).contains("120");
      rafael.click(css("ack:acknowledge"));
      rafael.waitUntil(d -> d.getPageSource().contains("You acknowledged this version of the"));
    }
  }

  /** "Everyone 1 of 2 (50 %)", one per row of the rates table. */
  private static List<String> rates(Browser browser) {
    return browser.driver().findElements(By.cssSelector("#rates tbody tr")).stream()
        .map(
            tr ->
                tr.findElement(By.cssSelector(".rate-site")).getText()
                    + " "
                    + tr.findElement(By.cssSelector(".rate-count")).getText())
        .toList();
  }

  private static List<String> texts(Browser browser, String cssSelector) {
    browser.find(cssSelector);
    return browser.driver().findElements(By.cssSelector(cssSelector)).stream()
        .map(WebElement::getText)
        .toList();
  }

  private static String latestVersionId(Browser browser) {
    return browser
        .find("#versions a.version-link")
        .getAttribute("href")
        .replaceAll(".*[?&]v=(\\d+).*", "$1");
  }

  /** Sets a date picker's text as typed (its pop-up would cover the fields below). */
  private static void typeDate(Browser browser, String inputId, String text) {
    WebElement field = browser.find(css(inputId));
    ((JavascriptExecutor) browser.driver())
        .executeScript("arguments[0].value = arguments[1];", field, text);
    assertThat(field.getAttribute("value")).isEqualTo(text);
  }

  /** Ticks an item of a p:selectCheckboxMenu and closes its panel. */
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
}
