package io.shoreline.portal.scorecards.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shoreline.portal.platform.RuleViolation;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FeedbackDetailsTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

  @Test
  void aTopicIsStrippedAndItsSpacesCollapsedAndNoVerbatimIsEmpty() {
    FeedbackDetails details = details(TODAY, "  Late   delivery \n", null);

    assertThat(details.topic()).isEqualTo("Late delivery");
    assertThat(details.verbatim()).isEmpty();
    assertThat(details.problems(TODAY)).isEmpty();
    assertThat(details.validated(TODAY)).isSameAs(details);
  }

  @Test
  void everyBadFieldIsNamedWithItsReason() {
    FeedbackDetails details =
        new FeedbackDetails(TODAY.plusDays(1), null, " ", "x".repeat(4001), null, false);

    assertThat(details.problems(TODAY))
        .extracting(FieldProblem::field, FieldProblem::key)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("receivedOn", "feedback.dateInFuture"),
            org.assertj.core.groups.Tuple.tuple("channel", "feedback.channelRequired"),
            org.assertj.core.groups.Tuple.tuple("topic", "feedback.topicRequired"),
            org.assertj.core.groups.Tuple.tuple("verbatim", "feedback.verbatimTooLong"),
            org.assertj.core.groups.Tuple.tuple("sentiment", "feedback.sentimentRequired"));
    assertThatThrownBy(() -> details.validated(TODAY))
        .isInstanceOf(RuleViolation.class)
        .extracting(e -> ((RuleViolation) e).key())
        .isEqualTo("feedback.dateInFuture");
  }

  @Test
  void theDateIsRequiredAndNotAbsurdlyOldAndTheTopicHasALimit() {
    assertThat(details(null, "Billing", "").problems(TODAY))
        .extracting(FieldProblem::key)
        .containsExactly("feedback.dateRequired");
    assertThat(details(TODAY.minusYears(5).minusDays(1), "Billing", "").problems(TODAY))
        .extracting(FieldProblem::key)
        .containsExactly("feedback.dateTooOld");
    assertThat(details(TODAY.minusYears(5), "x".repeat(80), "y".repeat(4000)).problems(TODAY))
        .isEmpty();
    assertThat(details(TODAY, "x".repeat(81), "").problems(TODAY))
        .extracting(FieldProblem::key)
        .containsExactly("feedback.topicTooLong");
  }

  private static FeedbackDetails details(LocalDate day, String topic, String verbatim) {
    return new FeedbackDetails(
        day, FeedbackChannel.PHONE, topic, verbatim, Sentiment.NEGATIVE, false);
  }
}
