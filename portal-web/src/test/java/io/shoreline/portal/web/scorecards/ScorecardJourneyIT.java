package io.shoreline.portal.web.scorecards;

import static io.shoreline.portal.testing.DemoLogins.ATLAS_ADMIN;
import static io.shoreline.portal.testing.DemoLogins.NORTHWIND_ADMIN;
import static io.shoreline.portal.testing.Widgets.css;
import static org.assertj.core.api.Assertions.assertThat;

import io.shoreline.portal.testing.Browser;
import io.shoreline.portal.testing.BrowserJourney;
import io.shoreline.portal.testing.Visitors;
import io.shoreline.portal.testing.Widgets;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The scorecard in two real browsers over the demo workspace Northwind–Atlas: Amina (Atlas) sets up
 * a KPI feed and loads a CSV through it; Claire (Northwind) proposes two KPIs on it, Amina agrees;
 * the scorecard of March 2031 shows the RAG the test works out from the rows itself, draws its
 * charts, and each figure's source opens the feed's version it was read from.
 */
@BrowserJourney
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ScorecardJourneyIT {

  private static final String WORKSPACE = "Northwind Retail – Atlas Contact Centres";
  // answered, offered per day: two days of March 2031 and one of February
  private static final int[][] MARCH = {{45, 50}, {40, 50}};
  private static final int[][] FEBRUARY = {{30, 50}};

  @ArquillianResource URL base;

  @TempDir Path files;

  @Test
  void kpisOnAFeedAreAgreedAndTheScorecardJudgesTheLoadedRows() throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 8);
    try (Visitors people = new Visitors(base)) {
      String w = people.demoWorkspaces().get(WORKSPACE);
      Browser amina = people.browser(ATLAS_ADMIN);
      Browser claire = people.browser(NORTHWIND_ADMIN);

      // Amina defines a vendor→client feed and loads the rows through it
      String feed = "Scorecard KPIs " + run;
      amina.open("app/feeds.xhtml?w=" + w);
      amina.submit("#new-feed").waitForPath("/app/feed-edit.xhtml");
      amina.type(css("feed:name"), feed);
      amina.type(css("feed:columns:0:column-name"), "day");
      Widgets.choose(amina, "feed:columns:0:column-type", "Date");
      amina.click(css("feed:columns:0:column-key") + " .ui-chkbox-box");
      addColumn(amina, 1, "answered", "Whole number");
      addColumn(amina, 2, "offered", "Whole number");
      amina.submit(css("feed:save")).waitForPath("/app/feed.xhtml");
      String feedUrl = amina.driver().getCurrentUrl();
      Widgets.attach(amina, "upload:csv", csv(run));
      amina.waitUntil(d -> !d.findElements(By.cssSelector(".feed-accepted")).isEmpty());
      assertThat(amina.text(".feed-accepted")).contains("Stored as version 1", "3 added");

      // Claire proposes two KPIs on it; both wait for Atlas
      String serviceLevel = "Service level " + run;
      String answered = "Calls answered " + run;
      propose(
          claire,
          w,
          serviceLevel,
          "Feed: ratio of the sums of two columns, in %",
          feed,
          "offered",
          "80",
          "80",
          "70");
      propose(claire, w, answered, "Feed: sum of a column", feed, null, "200", "150", "100");
      assertThat(claire.text("#kpi-status")).isEqualTo("Awaiting agreement");

      // Amina sees them awaiting Atlas's answer and agrees to both
      amina.open("app/kpis.xhtml?w=" + w);
      assertThat(amina.text("#awaiting")).contains(serviceLevel, answered);
      for (String name : new String[] {serviceLevel, answered}) {
        amina.open("app/kpis.xhtml?w=" + w);
        amina.driver().findElement(By.linkText(name)).click();
        amina.waitForPath("/app/kpi.xhtml");
        amina.submit(css("answer-kpi:agree-kpi"));
        assertThat(amina.text("#kpi-status")).as(amina.text("#messages")).isEqualTo("Agreed");
      }

      // the figures, worked out here from the rows: ratio of sums in %, and the sum
      BigDecimal marchLevel = ratio(MARCH);
      BigDecimal februaryLevel = ratio(FEBRUARY);
      assertThat(marchLevel).isEqualByComparingTo("85"); // ≥ 80: green
      assertThat(februaryLevel).isEqualByComparingTo("60"); // < 70: red
      int marchAnswered = MARCH[0][0] + MARCH[1][0]; // 85 < 100: red

      claire.open("app/scorecard.xhtml?w=" + w + "&period=2031-03");
      assertThat(claire.text("#period-label")).isEqualTo("March 2031");
      WebElement level = kpiRow(claire, serviceLevel);
      assertThat(level.findElement(By.cssSelector(".kpi-actual")).getText())
          .isEqualTo(marchLevel.stripTrailingZeros().toPlainString() + " %");
      assertThat(level.findElement(By.cssSelector(".kpi-rag")).getAttribute("class"))
          .contains("rag-GREEN");
      assertThat(level.findElement(By.cssSelector(".kpi-rag")).getText()).isEqualTo("Green");
      assertThat(level.findElement(By.cssSelector(".kpi-previous")).getText())
          .contains(februaryLevel.stripTrailingZeros().toPlainString() + " %");
      WebElement sum = kpiRow(claire, answered);
      assertThat(sum.findElement(By.cssSelector(".kpi-actual")).getText())
          .isEqualTo(marchAnswered + "");
      assertThat(sum.findElement(By.cssSelector(".kpi-rag")).getAttribute("class"))
          .contains("rag-RED");

      // the charts draw on their canvases
      claire.waitUntil(
          d ->
              (Boolean)
                  ((JavascriptExecutor) d)
                      .executeScript(
                          "const c = document.querySelectorAll('.scorecard-chart canvas');"
                              + " return c.length > 0 && Array.from(c).every(x => x.width > 0"
                              + " && window.Chart && Chart.getChart(x) !== undefined);"));

      // the source of a figure opens the feed at the version it was read from
      String source = level.findElement(By.cssSelector(".kpi-provenance")).getText();
      assertThat(source).contains("2 rows", feed, "version 1");
      level.findElement(By.cssSelector(".kpi-provenance")).click();
      claire.waitForPath("/app/feed.xhtml");
      assertThat(claire.driver().getCurrentUrl()).contains("v=1");
      assertThat(claire.text("#as-of")).contains("version 1");
      assertThat(claire.text("#rows\\:table")).contains("2031-03-02", "2031-03-20", "2031-02-10");
      assertThat(feedUrl).contains("f=");
    }
  }

  private static void propose(
      Browser claire,
      String w,
      String name,
      String measure,
      String feed,
      String second,
      String target,
      String amber,
      String red) {
    claire.open("app/kpis.xhtml?w=" + w);
    claire.type(css("propose:name"), name);
    claire.type(css("propose:unit"), second == null ? "" : "%");
    Widgets.choose(claire, "propose:perspective", "Customer");
    Widgets.choose(claire, "propose:measure", measure);
    Widgets.idle(claire);
    Widgets.choose(claire, "propose:feed", feed);
    Widgets.idle(claire);
    Widgets.choose(claire, "propose:date-column", "day");
    Widgets.choose(claire, "propose:value-column", "answered");
    if (second != null) {
      Widgets.choose(claire, "propose:second-column", second);
    }
    WebElement from = claire.find(css("propose:effective-from_input"));
    ((JavascriptExecutor) claire.driver())
        .executeScript("arguments[0].value = '2030-01-01';", from);
    claire.type(css("propose:target"), target);
    claire.type(css("propose:amber"), amber);
    claire.type(css("propose:red"), red);
    claire.submit(css("propose:propose-kpi")).waitForPath("/app/kpi.xhtml");
    assertThat(claire.text("#kpi-title")).isEqualTo(name);
  }

  private static void addColumn(Browser browser, int index, String name, String type) {
    browser.click(css("feed:add-column"));
    Widgets.idle(browser);
    browser.type(css("feed:columns:" + index + ":column-name"), name);
    Widgets.choose(browser, "feed:columns:" + index + ":column-type", type);
    Widgets.idle(browser);
  }

  private static WebElement kpiRow(Browser browser, String name) {
    return browser.find("tr.kpi-row[data-kpi='" + name + "']");
  }

  private static BigDecimal ratio(int[][] days) {
    int answered = 0;
    int offered = 0;
    for (int[] day : days) {
      answered += day[0];
      offered += day[1];
    }
    return BigDecimal.valueOf(100L * answered)
        .divide(BigDecimal.valueOf(offered), 4, RoundingMode.HALF_UP);
  }

  private Path csv(String run) throws Exception {
    String rows =
        "day,answered,offered\n"
            + "2031-03-02,"
            + MARCH[0][0]
            + ","
            + MARCH[0][1]
            + "\n2031-03-20,"
            + MARCH[1][0]
            + ","
            + MARCH[1][1]
            + "\n2031-02-10,"
            + FEBRUARY[0][0]
            + ","
            + FEBRUARY[0][1]
            + "\n";
    return Files.writeString(files.resolve("kpis-" + run + ".csv"), rows, StandardCharsets.UTF_8);
  }
}
