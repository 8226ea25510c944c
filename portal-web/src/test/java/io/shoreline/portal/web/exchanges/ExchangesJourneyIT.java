package io.shoreline.portal.web.exchanges;

import static io.shoreline.portal.testing.DemoLogins.ATLAS_ADMIN;
import static io.shoreline.portal.testing.DemoLogins.NORTHWIND_ADMIN;
import static io.shoreline.portal.testing.Widgets.css;
import static org.assertj.core.api.Assertions.assertThat;

import io.shoreline.portal.testing.Browser;
import io.shoreline.portal.testing.BrowserJourney;
import io.shoreline.portal.testing.Visitors;
import io.shoreline.portal.testing.Widgets;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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

/**
 * An agent swap in two real browsers over the demo workspace Northwind–Atlas: Amina (Atlas)
 * proposes a swap of a Casablanca agent with one of Northwind's; Claire (Northwind) sees Paris HQ
 * is full, frees a seat and accepts; both calendars and the iCal file show the two stays.
 */
@BrowserJourney
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ExchangesJourneyIT {

  private static final String WORKSPACE = "Northwind Retail – Atlas Contact Centres";

  @ArquillianResource URL base;

  @Test
  void aSwapMeetsAFullSiteASeatIsFreedAndBothCalendarsShowIt() throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 8);
    String julie = "Julie Martin " + run;
    try (Visitors people = new Visitors(base)) {
      String w = people.demoWorkspaces().get(WORKSPACE);
      Browser claire = people.browser(NORTHWIND_ADMIN);
      Browser amina = people.browser(ATLAS_ADMIN);

      // Claire puts an agent of Northwind's on its roster, then sets up a programme
      claire.open("app/org/agents.xhtml");
      claire.type(css("agent-form:name"), julie);
      Widgets.choose(claire, "agent-form:site", "Paris HQ");
      claire.type(css("agent-form:languages"), "fr, en");
      claire.type(css("agent-form:skills"), "returns");
      claire.submit(css("agent-form:save")).waitForPath("/app/org/agents.xhtml");

      claire.open("app/exchanges.xhtml?w=" + w);
      claire.type(css("new-programme:name"), "Spring swap " + run);
      typeDate(claire, "new-programme:starts_input", "2027-05-01");
      typeDate(claire, "new-programme:ends_input", "2027-06-30");
      claire.type(css("new-programme:purpose"), "Each side learns the other's customers");
      claire.submit(css("new-programme:create")).waitForPath("/app/exchange-programme.xhtml");
      String programme = claire.driver().getCurrentUrl().replaceAll(".*[?&]p=(\\d+).*", "$1");
      String programmePage = "app/exchange-programme.xhtml?w=" + w + "&p=" + programme;
      host(claire, "Paris HQ (Europe/Paris)", "1");
      host(claire, "Casablanca (Africa/Casablanca)", "2");
      assertThat(claire.text(css("hosts:table"))).contains("Paris HQ", "Casablanca");

      // Youssef's one-way exchange to Paris, accepted: Paris HQ's one seat is taken
      String oneWay =
          propose(amina, programmePage, "Youssef Benali", "2027-05-10", "2027-05-12", false);
      claire.open(oneWay).waitForText("#proposal-status", "Proposed");
      claire.submit(css("answer:accept")).waitForText("#proposal-status", "Accepted");

      // the swap: Salma to Paris, and Northwind sends Julie to Casablanca
      String swap =
          propose(amina, programmePage, "Salma Idrissi", "2027-05-11", "2027-05-13", true);
      claire.open(swap).waitForText("#proposal-status", "Proposed");
      assertThat(claire.text("#conflict-list")).contains("Paris HQ", "full");
      counterpart(claire, julie);
      claire.submit(css("answer:accept")).waitForPath("/app/exchange-proposal.xhtml");
      assertThat(claire.text("#messages")).contains("cannot be accepted", "full");
      assertThat(claire.text("#proposal-status")).isEqualTo("Proposed");

      // Claire frees a seat at Paris HQ, then accepts
      claire.open(programmePage);
      // host sites by name: Casablanca, then Paris HQ
      Widgets.typeNumber(claire, "hosts:table:1:seats", "2");
      claire.submit(css("hosts:table:1:change-seats")).waitForPath("/app/exchange-programme.xhtml");
      assertThat(claire.text("#messages")).contains("Seats per day saved");
      claire.open(swap).waitForText("#proposal-status", "Proposed");
      assertThat(claire.text("#no-conflicts")).startsWith("No conflict");
      counterpart(claire, julie);
      claire.submit(css("answer:accept")).waitForText("#proposal-status", "Accepted");
      assertThat(claire.text(css("stays")))
          .contains("Salma Idrissi", "Paris HQ", julie, "Casablanca");
      // each agent's own iCal feed holds that agent's stay only
      List<String> agentFeeds =
          claire.driver().findElements(By.cssSelector("a.agent-ics")).stream()
              .map(link -> link.getAttribute("href"))
              .toList();
      assertThat(agentFeeds).hasSize(2);
      List<String> agentCalendars = new java.util.ArrayList<>();
      for (String feed : agentFeeds) {
        agentCalendars.add(
            new String(claire.fetch(feed).body(), StandardCharsets.UTF_8).replace("\r\n ", ""));
      }
      assertThat(agentCalendars)
          .anySatisfy(ics -> assertThat(ics).contains(julie).doesNotContain("Salma Idrissi"))
          .anySatisfy(ics -> assertThat(ics).contains("Salma Idrissi").doesNotContain(julie));

      // both calendars show both stays, and so does the iCal file
      for (Browser viewer : List.of(claire, amina)) {
        viewer.open(programmePage);
        viewer.waitUntil(
            driver ->
                driver.findElements(By.cssSelector("a.exchange-stay, .exchange-stay")).size() >= 3);
        assertThat(viewer.text(css("calendar:schedule")))
            .contains(
                "Salma Idrissi · Paris HQ", julie + " · Casablanca", "Youssef Benali · Paris HQ");
      }
      HttpResponse<byte[]> ics =
          claire.fetch("app/exchange-ics?w=" + w + "&programme=" + programme);
      assertThat(ics.statusCode()).isEqualTo(200);
      String calendar = new String(ics.body(), StandardCharsets.UTF_8).replace("\r\n ", "");
      assertThat(calendar)
          .contains("BEGIN:VCALENDAR", "Salma Idrissi at Paris HQ", julie + " at Casablanca")
          .contains("DTSTART:20270511T070000Z") // 09:00 in Paris, summer time
          .contains("DTSTART:20270511T080000Z"); // 09:00 in Casablanca
    }
  }

  private static void host(Browser claire, String site, String seats) {
    Widgets.choose(claire, "add-host:site", site);
    Widgets.typeNumber(claire, "add-host:seats", seats);
    claire.submit(css("add-host:add-host-site")).waitForPath("/app/exchange-programme.xhtml");
  }

  /** Amina proposes an Atlas agent for Paris HQ, 09:00 to 17:00 there; returns the proposal. */
  private static String propose(
      Browser amina, String programmePage, String agent, String from, String to, boolean swap) {
    amina.open(programmePage);
    Widgets.suggestions(amina, "propose:agent", agent.substring(0, 5));
    Widgets.pick(amina, "propose:agent", agent);
    Widgets.choose(amina, "propose:host", "Paris HQ (Europe/Paris)");
    typeDate(amina, "propose:start_input", from + " 09:00");
    typeDate(amina, "propose:end_input", to + " 17:00");
    if (swap) {
      Widgets.choose(amina, "propose:swap", "Casablanca (Africa/Casablanca)");
    }
    amina.submit(css("propose:send")).waitForPath("/app/exchange-proposal.xhtml");
    return amina.path().substring(1) + "?" + amina.driver().getCurrentUrl().split("\\?", 2)[1];
  }

  private static void counterpart(Browser claire, String julie) {
    Widgets.suggestions(claire, "answer:counterpart", "Julie");
    Widgets.pick(claire, "answer:counterpart", julie);
  }

  private static void typeDate(Browser browser, String inputId, String text) {
    WebElement field = browser.find(css(inputId));
    ((JavascriptExecutor) browser.driver())
        .executeScript("arguments[0].value = arguments[1];", field, text);
    assertThat(field.getAttribute("value")).isEqualTo(text);
  }
}
