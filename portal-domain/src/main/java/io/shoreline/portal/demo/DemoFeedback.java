package io.shoreline.portal.demo;

import io.shoreline.portal.scorecards.feedback.Feedback;
import io.shoreline.portal.scorecards.feedback.FeedbackChannel;
import io.shoreline.portal.scorecards.feedback.FeedbackDetails;
import io.shoreline.portal.scorecards.feedback.Sentiment;
import io.shoreline.portal.tenancy.isolation.TenantAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;

/**
 * The demo workspace's customer feedback: sixty items Atlas recorded over the last three months on
 * a few topics, billing errors getting rarer and refunds worse, some flagged for Northwind (who is
 * told), so that the trends and the scorecard's feedback KPI show something.
 */
@ApplicationScoped
class DemoFeedback {

  static final int ITEMS = 60;
  static final int DAYS = 90;

  private record Topic(String name, int negativeEarly, int negativeLate, List<String> verbatims) {}

  private static final List<Topic> TOPICS =
      List.of(
          new Topic(
              "Delivery times",
              30,
              30,
              List.of(
                  "The parcel came two days late, but the agent warned me.",
                  "Delivered on time, thank you.",
                  "")),
          new Topic(
              "Billing errors",
              70,
              20,
              List.of(
                  "I was charged twice for the same order.",
                  "The agent corrected my invoice at once.",
                  "")),
          new Topic(
              "Refunds",
              30,
              60,
              List.of(
                  "Three weeks and still no refund.",
                  "Refund received the day after my call.",
                  "")),
          new Topic(
              "Store opening hours",
              20,
              20,
              List.of("The website still shows the summer hours.", "")),
          new Topic(
              "Loyalty card", 10, 10, List.of("Lovely agent, explained the points clearly.")));

  @Inject TenantAccess access;
  @Inject Feedback feedback;

  @ActivateRequestContext
  void create(long workspaceId, String vendorMember) {
    access.openWorkspace(workspaceId, vendorMember);
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    Random random = new Random(60); // the same demo on every first start
    FeedbackChannel[] channels = FeedbackChannel.values();
    for (int i = 0; i < ITEMS; i++) {
      int age = DAYS - 1 - i * DAYS / ITEMS; // oldest first, about one every day and a half
      Topic topic = TOPICS.get(Math.min(random.nextInt(9) / 2, TOPICS.size() - 1));
      int negativeShare =
          topic.negativeLate() + (topic.negativeEarly() - topic.negativeLate()) * age / DAYS;
      int roll = random.nextInt(100);
      Sentiment sentiment =
          roll < negativeShare
              ? Sentiment.NEGATIVE
              : roll < negativeShare + 20 ? Sentiment.NEUTRAL : Sentiment.POSITIVE;
      boolean delighted = sentiment == Sentiment.POSITIVE && random.nextInt(4) > 0;
      String verbatim = topic.verbatims().get(random.nextInt(topic.verbatims().size()));
      feedback.record(
          new FeedbackDetails(
              today.minusDays(age),
              channels[random.nextInt(channels.length)],
              topic.name(),
              sentiment == Sentiment.POSITIVE ? "" : verbatim,
              sentiment,
              delighted),
          sentiment == Sentiment.NEGATIVE && random.nextInt(3) == 0);
    }
  }
}
