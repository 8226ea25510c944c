package io.shoreline.portal.web.feeds;

import static io.shoreline.portal.testing.DemoLogins.ATLAS_ADMIN;
import static io.shoreline.portal.testing.DemoLogins.NORTHWIND_ADMIN;
import static io.shoreline.portal.testing.Widgets.css;
import static org.assertj.core.api.Assertions.assertThat;

import io.shoreline.portal.testing.Browser;
import io.shoreline.portal.testing.Deployments;
import io.shoreline.portal.testing.Visitors;
import io.shoreline.portal.testing.Widgets;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The feeds issue's journey in Chromium: Atlas's coordinator uploads a KPI CSV to Northwind's
 * "Daily KPIs" and sees the accepted report with its counts and the rows; a bad CSV is refused with
 * each row's reasons and nothing is stored; Northwind's coordinator sees the rows, the version with
 * its provenance, the diff of the two versions, and exports formula-safe CSV.
 */
@ExtendWith(ArquillianExtension.class)
class FeedsJourneyIT {

  private static final String WORKSPACE = "Northwind Retail – Atlas Contact Centres";
  private static final String HEADER =
      "date,queue,offered,answered,service_level,aht_seconds,fcr,csat\n";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.portal();
  }

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

  /** Types into the rows table's filter of the column at this index and waits for the table. */
  private static void filterRows(Browser browser, int column, String text) {
    WebElement filter =
        browser
            .driver()
            .findElements(By.cssSelector("#rows\\:table thead input.ui-column-filter"))
            .get(column);
    filter.clear();
    filter.sendKeys(text);
    browser.waitUntil(
        d -> {
          Widgets.idle(browser);
          return true;
        });
    try {
      Thread.sleep(600); // the filter waits 400 ms before it asks the server
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
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
