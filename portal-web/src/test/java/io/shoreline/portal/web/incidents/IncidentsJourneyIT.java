package io.shoreline.portal.web.incidents;

import static io.shoreline.portal.testing.Widgets.css;
import static org.assertj.core.api.Assertions.assertThat;

import io.shoreline.portal.testing.Browser;
import io.shoreline.portal.testing.BrowserJourney;
import io.shoreline.portal.testing.Visitors;
import io.shoreline.portal.testing.Visitors.Partners;
import io.shoreline.portal.testing.Widgets;
import java.net.URL;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * An incident in two real browsers over a new workspace of a client and a vendor, whose admins
 * coordinate it: the vendor reports a telephony outage; the client is told, writes on its timeline
 * and gives the vendor a corrective action; the vendor names the root cause and resolves it; each
 * side agrees to close it (the vendor's page, opened before the client agreed, must be reloaded
 * first), and it is closed and gone from the workspace home.
 */
@BrowserJourney
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IncidentsJourneyIT {

  /** The fixtures' people live in London: times are typed and shown on that clock. */
  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  @ArquillianResource URL base;

  @Test
  void anIncidentIsOpenedUpdatedAndClosedByBothSides() throws Exception {
    try (Visitors people = new Visitors(base)) {
      Partners partners = people.newPartners();
      Browser vendor = people.browser(partners.vendor().admin());
      Browser client = people.browser(partners.client().admin());
      String w = workspaceId(vendor, partners.workspace());
      LocalDateTime now = LocalDateTime.now(LONDON).withSecond(0).withNano(0);

      // the vendor's coordinator reports the outage
      vendor.open("app/incidents.xhtml?w=" + w);
      vendor.type(css("report:title"), "Calls dropped at Casablanca");
      Widgets.choose(vendor, "report:severity", "SEV1 – critical");
      Widgets.choose(vendor, "report:category", "Telephony");
      typeDate(vendor, "report:started_input", now.minusHours(3));
      Widgets.typeNumber(vendor, "report:calls", "420");
      vendor.type(css("report:impact"), "Callers heard silence, then a busy tone");
      vendor.submit(css("report:report-incident")).waitForPath("/app/incident.xhtml");
      assertThat(vendor.text("#messages")).contains("Calls dropped at Casablanca", "reported");
      assertThat(vendor.text("#incident-status")).isEqualTo("Open");
      assertThat(vendor.text("#calls")).isEqualTo("420");
      String incident = vendor.path().substring(1) + "?" + query(vendor);

      // the client's coordinator is told, and it shows on the workspace home
      client.open("app/notifications.xhtml");
      assertThat(client.text(css("inbox:notifications")))
          .contains("the incident \"SEV1 · Calls dropped at Casablanca\"");
      client.submit(css("inbox:notifications:0:open")).waitForPath("/app/incident.xhtml");
      assertThat(client.text("#incident-title")).isEqualTo("Calls dropped at Casablanca");
      client.open("app/workspace.xhtml?w=" + w);
      assertThat(client.text("#incidents-home"))
          .contains("Open incidents (1)", "SEV1", "Calls dropped at Casablanca");

      // the client writes on the timeline and gives the vendor a corrective action
      client.submit(".open-incident-title").waitForPath("/app/incident.xhtml");
      typeDate(client, "add-entry-form:happened_input", now.minusHours(2));
      client.type(css("add-entry-form:text"), "Our stores cannot reach the hotline");
      client.submit(css("add-entry-form:add-entry")).waitForPath("/app/incident.xhtml");
      assertThat(client.text(css("timeline:entries")))
          .contains("Our stores cannot reach the hotline", "Admin " + partners.client().slug());
      client.type(css("corrective:title"), "Add a second carrier");
      Widgets.choose(
          client,
          "corrective:owner",
          "Admin " + partners.vendor().slug() + " (" + partners.vendor().name() + ")");
      typeDate(client, "corrective:due_input", LocalDate.now(LONDON).plusDays(14).toString());
      client.submit(css("corrective:add-corrective")).waitForPath("/app/incident.xhtml");
      assertThat(client.text("#corrective-actions"))
          .contains("Add a second carrier", "Admin " + partners.vendor().slug());
      client.submit("#corrective-actions .action-link").waitForPath("/app/action-item.xhtml");
      assertThat(client.text("#incident-link")).isEqualTo("Calls dropped at Casablanca");

      // the vendor names the root cause and resolves it
      vendor.open(incident);
      vendor.type(css("root-cause-form:cause"), "A carrier trunk failed over to a full line");
      vendor.submit(css("root-cause-form:save-root-cause")).waitForPath("/app/incident.xhtml");
      assertThat(vendor.text("#root-cause"))
          .isEqualTo("A carrier trunk failed over to a full line");
      typeDate(vendor, "resolve-form:ended_input", now.minusHours(1));
      vendor.submit(css("resolve-form:resolve-incident")).waitForPath("/app/incident.xhtml");
      assertThat(vendor.text("#incident-status")).isEqualTo("Resolved, awaiting closure");
      assertThat(vendor.text("#ended")).contains("(Europe/London)");

      // both sides agree to close it, each in their own session; the vendor's page is older
      client.open(incident);
      vendor.open(incident);
      assertThat(client.text("#vendor-closure")).contains("has not agreed");
      client.submit(css("close-form:agree-close")).waitForPath("/app/incident.xhtml");
      assertThat(client.text("#client-closure"))
          .contains("agreed to close it", "Admin " + partners.client().slug());
      assertThat(Widgets.exists(client, "close-form:agree-close")).isFalse();
      assertThat(client.text("#incident-status")).isEqualTo("Resolved, awaiting closure");
      for (int attempt = 0; attempt < 2; attempt++) { // refused until the page is reloaded
        vendor.submit(css("close-form:agree-close")).waitForPath("/app/incident.xhtml");
        assertThat(vendor.text("#messages")).startsWith("Someone changed this in the meantime.");
        assertThat(vendor.text("#incident-status")).isEqualTo("Resolved, awaiting closure");
      }
      assertThat(vendor.text("#client-closure")).contains("agreed to close it");
      vendor.open(incident);
      vendor.submit(css("close-form:agree-close")).waitForPath("/app/incident.xhtml");
      assertThat(vendor.text("#incident-status")).isEqualTo("Closed");
      assertThat(vendor.text("#closed")).contains("(Europe/London)");

      // closed: nothing to change any more, and gone from the home
      client.open(incident);
      assertThat(client.text("#incident-status")).isEqualTo("Closed");
      for (String form : new String[] {"details", "add-entry-form", "corrective", "reopen-form"}) {
        assertThat(Widgets.exists(client, form)).as(form).isFalse();
      }
      client.open("app/workspace.xhtml?w=" + w);
      assertThat(Widgets.exists(client, "incidents-home")).isFalse();
      client.open("app/incidents.xhtml?w=" + w + "&show=closed");
      assertThat(client.text(css("incidents:table"))).contains("Calls dropped at Casablanca");
      client.open("app/incidents.xhtml?w=" + w + "&show=open");
      assertThat(client.text(css("incidents:table"))).doesNotContain("Calls dropped");
    }
  }

  /** The id of the workspace the person's home lists under this name. */
  private static String workspaceId(Browser browser, String workspace) {
    browser.open("app/home.xhtml");
    String href =
        browser.find("#workspace-list").findElement(By.linkText(workspace)).getAttribute("href");
    return href.replaceAll(".*[?&]w=(\\d+).*", "$1");
  }

  private static String query(Browser browser) {
    return browser.driver().getCurrentUrl().split("\\?", 2)[1];
  }

  private static void typeDate(Browser browser, String inputId, LocalDateTime time) {
    typeDate(browser, inputId, TYPED.format(time));
  }

  private static void typeDate(Browser browser, String inputId, String text) {
    WebElement field = browser.find(css(inputId));
    ((JavascriptExecutor) browser.driver())
        .executeScript("arguments[0].value = arguments[1];", field, text);
    assertThat(field.getAttribute("value")).isEqualTo(text);
  }
}
