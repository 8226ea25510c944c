package io.shoreline.portal.web.feeds;

import static io.shoreline.portal.testing.DemoLogins.ATLAS_ADMIN;
import static io.shoreline.portal.testing.DemoLogins.NORTHWIND_ADMIN;
import static io.shoreline.portal.testing.Widgets.css;
import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.attributeToBe;
import static org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf;

import io.shoreline.portal.testing.ApiClient;
import io.shoreline.portal.testing.Browser;
import io.shoreline.portal.testing.BrowserJourney;
import io.shoreline.portal.testing.Visitors;
import io.shoreline.portal.testing.Widgets;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The feeds issue's journey in Chromium: Atlas's coordinator uploads a KPI CSV to Northwind's
 * "Daily KPIs" and sees the accepted report with its counts and the rows; a bad CSV is refused with
 * each row's reasons and nothing is stored; Northwind's coordinator sees the rows, the version with
 * its provenance, the diff of the two versions, and exports formula-safe CSV. And the API tokens
 * page: a token made, copied once, used by a machine and revoked.
 */
@BrowserJourney
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FeedsJourneyIT {

  private static final String WORKSPACE = "Northwind Retail – Atlas Contact Centres";
  private static final String HEADER =
      "date,queue,offered,answered,service_level,aht_seconds,fcr,csat\n";

  @ArquillianResource URL base;

  @TempDir Path files;

  @Test
  void vendorUploadsKpisABadFileIsRefusedAndTheClientReadsRowsAndDiff() throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 8);
    String queue = "Chat " + run;
    try (Visitors people = new Visitors(base)) {
      String w = people.demoWorkspaces().get(WORKSPACE);
      assertThat(w).as("demo workspace id").isNotNull();

      // Amina (Atlas) finds the KPI feed and uploads a day of two queues
      Browser amina = people.browser(ATLAS_ADMIN);
      amina.open("app/feeds.xhtml?w=" + w);
      // by name: other test classes' fixtures add feeds to this workspace in the shared database
      amina.driver().findElement(By.linkText("Daily KPIs")).click();
      amina.waitForPath("/app/feed.xhtml");
      assertThat(amina.text("#feed-name")).contains("Daily KPIs");
      String feedPage = amina.driver().getCurrentUrl().replaceFirst(".*/app/", "app/");
      int before = newestVersion(amina);
      upload(
          amina,
          csv(
              "good-" + run,
              HEADER
                  + "2030-01-01,"
                  + queue
                  + ",500,480,81.5,300,0.75,4.4\n"
                  + "2030-01-01,=cmd|' /C calc'!A0,10,9,90.0,250,0.80,4.0\n"));
      amina.waitUntil(d -> !d.findElements(By.cssSelector(".feed-accepted")).isEmpty());
      assertThat(amina.text(".feed-accepted"))
          .contains("Stored as version " + (before + 1), "2 added", "0 changed", "0 removed");
      Widgets.idle(amina);
      assertThat(newestVersion(amina)).isEqualTo(before + 1);
      assertThat(amina.text("#versions\\:table tbody tr:first-child .version-submitter"))
          .isEqualTo("Amina Haddad · UI");
      filterRows(amina, 1, run);
      assertThat(rowTexts(amina))
          .singleElement()
          .satisfies(row -> assertThat(row).contains(queue, "500", "81.5"));

      // a bad file: each bad row is listed with its column and reason, nothing is stored
      amina.open(feedPage);
      upload(
          amina,
          csv(
              "bad-" + run,
              HEADER
                  + "2030-01-02,"
                  + queue
                  + ",500,480,81.5,300,0.75,4.4\n"
                  + "2030-02-30,"
                  + queue
                  + ",x,480,81.5,300,0.75,4.4\n"
                  + "2030-01-03,,"
                  + "500,480,81.55,300,0.75,4.4\n"));
      amina.waitUntil(d -> !d.findElements(By.cssSelector("#upload\\:report")).isEmpty());
      assertThat(amina.text(".feed-report-summary")).contains("nothing was stored", "4");
      List<String> report =
          amina.driver().findElements(By.cssSelector("#upload\\:report tbody tr")).stream()
              .map(WebElement::getText)
              .toList();
      assertThat(report)
          .anySatisfy(row -> assertThat(row).contains("3", "date", "Not a date"))
          .anySatisfy(row -> assertThat(row).contains("3", "offered", "Not a whole number"))
          .anySatisfy(row -> assertThat(row).contains("4", "queue", "A value is required"))
          .anySatisfy(
              row -> assertThat(row).contains("4", "service_level", "More than 1 decimals"));
      amina.open(feedPage);
      assertThat(newestVersion(amina)).isEqualTo(before + 1);
      filterRows(amina, 0, "2030-01-02");
      assertThat(amina.text("#rows\\:table tbody")).contains("No rows.");

      // Claire (Northwind) reads the rows, the provenance and the diff, and exports
      Browser claire = people.browser(NORTHWIND_ADMIN);
      claire.open(feedPage);
      assertThat(Widgets.exists(claire, "upload")).isFalse(); // the client does not publish KPIs
      filterRows(claire, 1, run);
      assertThat(rowTexts(claire)).anySatisfy(row -> assertThat(row).contains(queue, "480"));
      claire.open(feedPage + "&from=" + before + "&to=" + (before + 1));
      List<String> diff =
          claire.driver().findElements(By.cssSelector("#diff\\:table tbody tr")).stream()
              .map(WebElement::getText)
              .toList();
      assertThat(diff).anySatisfy(row -> assertThat(row).contains("Added", queue, "500"));
      assertThat(claire.driver().findElements(By.cssSelector("#diff\\:table tr.feed-added")))
          .hasSizeGreaterThanOrEqualTo(2);
      String export = claire.find("#export").getAttribute("href");
      HttpResponse<byte[]> csv = claire.fetch(export);
      assertThat(csv.statusCode()).isEqualTo(200);
      assertThat(csv.headers().firstValue("Content-Disposition").orElse(""))
          .startsWith("attachment;");
      String text = new String(csv.body(), StandardCharsets.UTF_8);
      assertThat(text).startsWith(HEADER.strip()).contains(queue + ",500,480,81.5,300,0.75,4.4");
      // a spreadsheet shows the formula-like cell as text, never runs it
      assertThat(text).contains("\n2030-01-01,'=cmd|' /C calc'!A0,10,9,90.0,");

      // Claire defines a client→vendor feed in the column editor: add, type, reorder, save
      claire.open("app/feeds.xhtml?w=" + w);
      claire.submit("#new-feed").waitForPath("/app/feed-edit.xhtml");
      claire.type(css("feed:name"), "Promotions " + run);
      claire.type(css("feed:columns:0:column-name"), "sku");
      claire.click(css("feed:columns:0:column-key") + " .ui-chkbox-box");
      addColumn(claire, 1, "discount", "Decimal");
      addColumn(claire, 2, "channel", "List of values");
      claire.type(css("feed:columns:2:column-values"), "web, store");
      claire.click(css("feed:columns:2:move-up"));
      Widgets.idle(claire);
      assertThat(columnNames(claire)).containsExactly("sku", "channel", "discount");
      claire.submit(css("feed:save")).waitForPath("/app/feed.xhtml");
      assertThat(claire.text("#feed-name")).contains("Promotions " + run);
      assertThat(claire.text("#feed-summary")).contains("Client → vendor");
      assertThat(Widgets.exists(claire, "upload")).isTrue(); // Northwind publishes this one
      assertThat(
              claire.driver().findElements(By.cssSelector("#rows\\:table thead th")).stream()
                  .map(WebElement::getText)
                  .map(String::strip)
                  .toList())
          .containsExactly("sku", "channel", "discount");
    }
  }

  /**
   * The API tokens page in Chromium: Amina makes a token that may write "Daily KPIs", copies its
   * secret (shown this once) with the copy button, her system uses it (the list then shows its last
   * use), and she revokes it: the API refuses it from then on.
   */
  @Test
  void aCoordinatorMakesATokenCopiesItSeesItUsedAndRevokesIt() throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 8);
    String name = "Nightly KPIs " + run;
    // on localhost, which browsers trust like HTTPS (as the portal is served in production): on the
    // test server's plain-HTTP address a page has no clipboard API at all (an insecure context),
    // and the copy button falls back to selecting the secret, as it does below when refused
    URL localhost = new URL(base.getProtocol(), "localhost", base.getPort(), base.getFile());
    try (Visitors people = new Visitors(localhost)) {
      String w = people.demoWorkspaces().get(WORKSPACE);
      Browser amina = people.browser(ATLAS_ADMIN);
      amina.open("app/feeds.xhtml?w=" + w);
      String feed =
          amina
              .driver()
              .findElement(By.linkText("Daily KPIs"))
              .getAttribute("href")
              .replaceFirst(".*[?&]f=(\\d+).*", "$1");
      String page = "app/api-tokens.xhtml?w=" + w;
      amina.open(page);
      Widgets.idle(amina);

      // a new token that may read and write Daily KPIs
      amina.click("#open-create");
      amina.type(css("create:name"), name);
      int choice = exactRow(amina, "create:feeds", "Daily KPIs");
      amina.click(css("create:feeds:" + choice + ":read") + " .ui-chkbox-box");
      amina.click(css("create:feeds:" + choice + ":write") + " .ui-chkbox-box");
      amina.submit(css("create:create"));
      String secret = amina.text("#secret-value");
      assertThat(secret).matches("shl_[\\w-]{43}");
      assertThat(amina.text("#new-secret")).contains(name, "shown this once");

      // where the browser refuses the clipboard, the secret is selected to copy by hand
      Widgets.idle(amina);
      amina.allowClipboard(false).click("#copy-secret");
      amina.waitUntil(attributeToBe(By.id("copy-status"), "data-outcome", "failed"));
      assertThat(amina.text("#copy-status"))
          .startsWith("The browser did not let the page copy: the token is selected");
      assertThat(amina.selection()).isEqualTo(secret);
      // allowed, the button copies it and says so
      amina.allowClipboard(true).click("#copy-secret");
      amina.waitUntil(attributeToBe(By.id("copy-status"), "data-outcome", "copied"));
      assertThat(amina.text("#copy-status")).isEqualTo("Copied to the clipboard.");
      assertThat(amina.clipboard()).isEqualTo(secret);

      // listed afterwards, never used, and the secret is not shown again
      amina.open(page);
      assertThat(Widgets.exists(amina, "new-secret")).isFalse();
      assertThat(amina.driver().getPageSource()).doesNotContain(secret);
      assertThat(tokenRow(amina, name))
          .contains(secret.substring(0, 10), "Daily KPIs: read, write", "Never")
          .doesNotContain(secret);

      // her system sends a day of KPIs with it; the list shows when it was used
      ApiClient api = new ApiClient(base);
      String rows = "api/v1/workspaces/" + w + "/feeds/" + feed + "/rows";
      String day = HEADER + "2030-03-01,API " + run + ",5,5,100.0,200,1.0,5.0\n";
      HttpResponse<String> sent = api.post(rows, secret, "text/csv", day);
      assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
      amina.open(page);
      String lastUsed = lastUsed(amina, name);
      assertThat(lastUsed).isNotEqualTo("Never").matches(".*\\d.*\\(.+\\)");

      // revoked (after the confirmation), the token no longer gets in
      Widgets.confirm(
          amina, "list:tokens:" + Widgets.row(amina, "list:tokens", name) + ":revoke", "list");
      assertThat(amina.text("#messages")).contains("The token " + name + " is revoked.");
      assertThat(tokenRow(amina, name)).containsPattern("Revoked .+ by Amina Haddad");
      assertThat(
              Widgets.exists(
                  amina, "list:tokens:" + Widgets.row(amina, "list:tokens", name) + ":revoke"))
          .isFalse();
      HttpResponse<String> refused = api.post(rows, secret, "text/csv", day);
      assertThat(refused.statusCode()).isEqualTo(401);
      assertThat(api.get(rows, secret).statusCode()).isEqualTo(401);
    }
  }

  private static String tokenRow(Browser browser, String name) {
    return Widgets.rowText(browser, "list:tokens", Widgets.row(browser, "list:tokens", name));
  }

  private static String lastUsed(Browser browser, String name) {
    int row = Widgets.row(browser, "list:tokens", name);
    return browser.text(css("list:tokens_data") + " > tr[data-ri='" + row + "'] .token-last-used");
  }

  /** The index of the p:dataTable row whose first cell is exactly this text. */
  private static int exactRow(Browser browser, String tableId, String text) {
    return browser.driver().findElements(By.cssSelector(css(tableId + "_data") + " > tr")).stream()
        .filter(row -> row.findElement(By.cssSelector("td")).getText().strip().equals(text))
        .map(row -> Integer.parseInt(row.getAttribute("data-ri")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row " + text + " in " + tableId));
  }

  private static void addColumn(Browser browser, int index, String name, String type) {
    browser.click(css("feed:add-column"));
    Widgets.idle(browser);
    browser.type(css("feed:columns:" + index + ":column-name"), name);
    Widgets.choose(browser, "feed:columns:" + index + ":column-type", type);
    Widgets.idle(browser);
  }

  private static List<String> columnNames(Browser browser) {
    return browser.driver().findElements(By.cssSelector("input[id$='column-name']")).stream()
        .map(input -> input.getAttribute("value"))
        .toList();
  }

  private Path csv(String name, String text) throws Exception {
    return Files.writeString(files.resolve(name + ".csv"), text, StandardCharsets.UTF_8);
  }

  private static void upload(Browser browser, Path file) {
    Widgets.attach(browser, "upload:csv", file);
  }

  private static int newestVersion(Browser browser) {
    List<WebElement> numbers =
        browser.driver().findElements(By.cssSelector("#versions\\:table tbody .version-number"));
    return numbers.isEmpty() ? 0 : Integer.parseInt(numbers.get(0).getText().strip());
  }

  /**
   * Types into the rows table's filter of the column at this index and waits for the table: the
   * filter asks the server 400 ms after the last key, and its answer replaces the table's rows.
   */
  private static void filterRows(Browser browser, int column, String text) {
    Widgets.idle(browser);
    WebElement shown = browser.driver().findElement(By.cssSelector("#rows\\:table_data > tr"));
    WebElement filter =
        browser
            .driver()
            .findElements(By.cssSelector("#rows\\:table thead input.ui-column-filter"))
            .get(column);
    filter.clear();
    filter.sendKeys(text);
    browser.waitUntil(stalenessOf(shown));
    Widgets.idle(browser);
  }

  private static List<String> rowTexts(Browser browser) {
    return browser.driver().findElements(By.cssSelector("#rows\\:table tbody tr")).stream()
        .map(WebElement::getText)
        .toList();
  }

  static String id(String clientId) {
    return css(clientId);
  }
}
