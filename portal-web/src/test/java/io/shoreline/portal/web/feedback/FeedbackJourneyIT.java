package io.shoreline.portal.web.feedback;

import static io.shoreline.portal.testing.Widgets.css;
import static org.assertj.core.api.Assertions.assertThat;

import io.shoreline.portal.testing.Browser;
import io.shoreline.portal.testing.BrowserJourney;
import io.shoreline.portal.testing.Visitors;
import io.shoreline.portal.testing.Visitors.Partners;
import io.shoreline.portal.testing.Widgets;
import java.net.URL;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Customer feedback in two real browsers over a new workspace of a client and a vendor: the vendor
 * records a negative item flagged for the client's attention and a delighted one on the same topic;
 * the client is told, sees the flagged item on the workspace home and in the flagged view, and both
 * in the trends; it turns the flagged one into a thread, which opens quoting it, and the item then
 * links to the thread and is gone from the home.
 */
@BrowserJourney
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FeedbackJourneyIT {

  @ArquillianResource URL base;

  @Test
  void theVendorFlagsFeedbackAndTheClientTakesItToAThread() throws Exception {
    try (Visitors people = new Visitors(base)) {
      Partners partners = people.newPartners();
      Browser vendor = people.browser(partners.vendor().admin());
      Browser client = people.browser(partners.client().admin());
      String w = workspaceId(vendor, partners.workspace());

      // the vendor records a flagged, negative item, then a delighted one on the same topic
      record(vendor, w, "Refund delays", "Negative", "Three weeks and still no refund", true);
      assertThat(vendor.text("#messages")).contains("Refund delays", "recorded");
      assertThat(vendor.text("#feedback-summary")).contains("Negative", "flagged for the client");
      assertThat(vendor.text("#verbatim")).isEqualTo("Three weeks and still no refund");
      String flagged = vendor.path().substring(1) + "?" + query(vendor);
      record(vendor, w, "Refund delays", "Positive", "", false);
      assertThat(vendor.text("#feedback-delighted")).isEqualTo("the customer was delighted");

      // the client is told, and sees it on the home and in the flagged view
      client.open("app/notifications.xhtml");
      assertThat(client.text(css("inbox:notifications")))
          .contains("flagged customer feedback for your attention: \"Refund delays");
      client.open("app/workspace.xhtml?w=" + w);
      assertThat(client.text("#feedback-home"))
          .contains("Customer feedback for your attention (1)", "Refund delays");
      client.open("app/feedback.xhtml?w=" + w + "&flagged=true");
      assertThat(client.driver().findElements(By.cssSelector("tr.feedback-row"))).hasSize(1);
      assertThat(client.text(css("items:table"))).contains("Refund delays", "Negative");
      assertThat(Widgets.exists(client, "record")).isFalse(); // the client records nothing

      // both items in the trends: two this month, half of them delighted
      client.open("app/feedback.xhtml?w=" + w);
      assertThat(client.driver().findElements(By.cssSelector("tr.feedback-row"))).hasSize(2);
      assertThat(client.text("#trend-table .trend-row"))
          .contains("Refund delays", "50.0 % delighted", "+1", "−1");
      assertThat(client.find("#trend-table .trend-total .trend-items").getText()).isEqualTo("2");
      assertThat(Widgets.exists(client, "trend-chart")).isTrue();
      // the scorecard's link to a period's items: from and to are inclusive days
      String today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/London")).toString();
      client.open("app/feedback.xhtml?w=" + w + "&from=" + today + "&to=" + today);
      assertThat(client.driver().findElements(By.cssSelector("tr.feedback-row"))).hasSize(2);
      client.open(
          "app/feedback.xhtml?w=" + w + "&to=" + java.time.LocalDate.parse(today).minusDays(1));
      assertThat(client.driver().findElements(By.cssSelector("tr.feedback-row"))).isEmpty();
      assertThat(client.text(css("items:table"))).contains("No feedback items here.");

      // the client takes the flagged one to a thread, which opens quoting it
      client.open(flagged);
      client.type(css("thread-form:note"), "Can we call these customers back this week?");
      client.submit(css("thread-form:to-thread")).waitForPath("/app/thread.xhtml");
      assertThat(client.text("#thread-title")).isEqualTo("Customer feedback: Refund delays");
      assertThat(client.text(css("posts")))
          .contains("Three weeks and still no refund", "Can we call these customers back");
      // the quote links back to the item (links in posts open in a new tab: followed here)
      String back =
          client.driver().findElement(By.linkText("The feedback item")).getAttribute("href");
      assertThat(back).endsWith(flagged);
      client.open(flagged);
      assertThat(client.text("#became")).contains("a thread");
      assertThat(Widgets.exists(client, "thread-form")).isFalse(); // once
      client.open("app/workspace.xhtml?w=" + w);
      assertThat(Widgets.exists(client, "feedback-home")).isFalse();
    }
  }

  private static void record(
      Browser vendor, String w, String topic, String sentiment, String verbatim, boolean flag) {
    vendor.open("app/feedback.xhtml?w=" + w);
    Widgets.choose(vendor, "record:channel", "Phone");
    vendor.type(css("record:topic"), topic);
    Widgets.choose(vendor, "record:sentiment", sentiment);
    if (!verbatim.isEmpty()) {
      vendor.type(css("record:verbatim"), verbatim);
    }
    if (flag) {
      vendor.click(css("record:flagged") + " .ui-chkbox-box");
    } else {
      vendor.click(css("record:delighted") + " .ui-chkbox-box");
    }
    vendor.submit(css("record:record-feedback")).waitForPath("/app/feedback-item.xhtml");
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
}
