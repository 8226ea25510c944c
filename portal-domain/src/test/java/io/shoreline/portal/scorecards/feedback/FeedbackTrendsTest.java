package io.shoreline.portal.scorecards.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FeedbackTrendsTest {

  @Test
  void groupsOfDaysAddUpPerTopicAndMonthMostTalkedAboutFirst() {
    FeedbackTrends trends =
        new FeedbackTrends(TrendPeriod.MONTH, LocalDate.of(2026, 9, 15), LocalDate.of(2026, 11, 3));
    trends.add("Billing", LocalDate.of(2026, 9, 20), Sentiment.NEGATIVE, false, 3);
    trends.add("Billing", LocalDate.of(2026, 9, 21), Sentiment.POSITIVE, true, 1);
    trends.add("Billing", LocalDate.of(2026, 11, 2), Sentiment.NEUTRAL, true, 2);
    trends.add("Delivery", LocalDate.of(2026, 10, 1), Sentiment.POSITIVE, true, 2);
    trends.add("Delivery", LocalDate.of(2026, 12, 1), Sentiment.POSITIVE, true, 9); // after

    assertThat(trends.getPeriods())
        .containsExactly(
            LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 1));
    assertThat(trends.getTopics())
        .extracting(FeedbackTrends.TopicTrend::getTopic)
        .containsExactly("Billing", "Delivery");
    FeedbackTrends.TopicTrend billing = trends.getTopics().get(0);
    TrendCounts september = billing.getPerPeriod().get(0);
    assertThat(september.getItems()).isEqualTo(4);
    assertThat(september.getNegative()).isEqualTo(3);
    assertThat(september.getPositive()).isEqualTo(1);
    assertThat(september.getDelightedPercent()).isEqualTo(new BigDecimal("25.0"));
    assertThat(billing.getPerPeriod().get(1).getItems()).isZero();
    assertThat(billing.getPerPeriod().get(1).getDelightedPercent()).isNull();
    assertThat(billing.getTotal().getItems()).isEqualTo(6);
    assertThat(billing.getTotal().getDelightedPercent()).isEqualTo(new BigDecimal("50.0"));
    assertThat(trends.getAllTopics()).extracting(TrendCounts::getItems).containsExactly(4L, 2L, 2L);
  }

  @Test
  void weeksStartOnMonday() {
    FeedbackTrends trends =
        new FeedbackTrends(TrendPeriod.WEEK, LocalDate.of(2026, 11, 4), LocalDate.of(2026, 11, 16));
    trends.add("Billing", LocalDate.of(2026, 11, 15), Sentiment.NEGATIVE, false, 1);

    assertThat(trends.getPeriods())
        .containsExactly(
            LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 9), LocalDate.of(2026, 11, 16));
    assertThat(trends.getTopics().get(0).getPerPeriod())
        .extracting(TrendCounts::getItems)
        .containsExactly(0L, 1L, 0L);
  }
}
