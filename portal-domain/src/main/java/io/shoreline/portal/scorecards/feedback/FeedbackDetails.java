package io.shoreline.portal.scorecards.feedback;

import io.shoreline.portal.platform.RuleViolation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What a feedback item says, as someone records or corrects it: the topic is stripped and its inner
 * spaces collapsed (so that trends do not split one topic in two), the verbatim is optional (empty
 * when none).
 */
public record FeedbackDetails(
    LocalDate receivedOn,
    FeedbackChannel channel,
    String topic,
    String verbatim,
    Sentiment sentiment,
    boolean delighted) {

  public static final int TOPIC_LENGTH = 80;
  public static final int VERBATIM_LENGTH = 4000;

  /** Older than this many years is a typing error, not feedback. */
  static final int OLDEST_YEARS = 5;

  public FeedbackDetails {
    topic = topic == null ? "" : topic.strip().replaceAll("\\s+", " ");
    verbatim = verbatim == null ? "" : verbatim.strip();
  }

  /** Every reason these details are refused on this day (none: they are fine). */
  public List<FieldProblem> problems(LocalDate today) {
    List<FieldProblem> problems = new ArrayList<>();
    if (receivedOn == null) {
      problems.add(new FieldProblem("receivedOn", "feedback.dateRequired"));
    } else if (receivedOn.isAfter(today)) {
      problems.add(new FieldProblem("receivedOn", "feedback.dateInFuture"));
    } else if (receivedOn.isBefore(today.minusYears(OLDEST_YEARS))) {
      problems.add(new FieldProblem("receivedOn", "feedback.dateTooOld", OLDEST_YEARS));
    }
    if (channel == null) {
      problems.add(new FieldProblem("channel", "feedback.channelRequired"));
    }
    if (topic.isEmpty()) {
      problems.add(new FieldProblem("topic", "feedback.topicRequired"));
    } else if (topic.length() > TOPIC_LENGTH) {
      problems.add(new FieldProblem("topic", "feedback.topicTooLong", TOPIC_LENGTH));
    }
    if (verbatim.length() > VERBATIM_LENGTH) {
      problems.add(new FieldProblem("verbatim", "feedback.verbatimTooLong", VERBATIM_LENGTH));
    }
    if (sentiment == null) {
      problems.add(new FieldProblem("sentiment", "feedback.sentimentRequired"));
    }
    return problems;
  }

  /**
   * These details, if nothing is wrong with them.
   *
   * @throws RuleViolation the first problem
   */
  public FeedbackDetails validated(LocalDate today) {
    List<FieldProblem> problems = problems(today);
    if (!problems.isEmpty()) {
      throw problems.get(0).violation();
    }
    return this;
  }
}
