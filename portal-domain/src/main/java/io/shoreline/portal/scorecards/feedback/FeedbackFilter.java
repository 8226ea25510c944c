package io.shoreline.portal.scorecards.feedback;

import io.shoreline.portal.platform.RuleViolation;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Which feedback items a list, a count or the trends cover: received from and to (inclusive days),
 * one topic, channel or sentiment, flagged ones only, delighted or not. Null means any.
 */
public record FeedbackFilter(
    LocalDate from,
    LocalDate to,
    String topic,
    FeedbackChannel channel,
    Sentiment sentiment,
    boolean flaggedOnly,
    Boolean delighted) {

  public static final FeedbackFilter ALL =
      new FeedbackFilter(null, null, null, null, null, false, null);

  public FeedbackFilter {
    topic = topic == null || topic.isBlank() ? null : topic.strip().replaceAll("\\s+", " ");
  }

  public static FeedbackFilter between(LocalDate from, LocalDate to) {
    return new FeedbackFilter(from, to, null, null, null, false, null);
  }

  public FeedbackFilter flagged() {
    return new FeedbackFilter(from, to, topic, channel, sentiment, true, delighted);
  }

  public FeedbackFilter withTopic(String named) {
    return new FeedbackFilter(from, to, named, channel, sentiment, flaggedOnly, delighted);
  }

  public FeedbackFilter during(LocalDate first, LocalDate last) {
    return new FeedbackFilter(first, last, topic, channel, sentiment, flaggedOnly, delighted);
  }

  /**
   * @throws RuleViolation when "to" comes before "from"
   */
  FeedbackFilter validated() {
    if (from != null && to != null && to.isBefore(from)) {
      throw new RuleViolation("feedback.rangeReversed");
    }
    return this;
  }

  /** The JPQL conditions on "f", with " WHERE" when there are any. */
  String where() {
    List<String> conditions = new ArrayList<>();
    if (from != null) {
      conditions.add("f.receivedOn >= :from");
    }
    if (to != null) {
      conditions.add("f.receivedOn <= :to");
    }
    if (topic != null) {
      conditions.add("f.topic = :topic");
    }
    if (channel != null) {
      conditions.add("f.channel = :channel");
    }
    if (sentiment != null) {
      conditions.add("f.sentiment = :sentiment");
    }
    if (flaggedOnly) {
      conditions.add("f.flagged = TRUE");
    }
    if (delighted != null) {
      conditions.add("f.delighted = :delighted");
    }
    return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
  }

  /** Binds the parameters {@link #where()} names. */
  <T> TypedQuery<T> bind(TypedQuery<T> query) {
    if (from != null) {
      query.setParameter("from", from);
    }
    if (to != null) {
      query.setParameter("to", to);
    }
    if (topic != null) {
      query.setParameter("topic", topic);
    }
    if (channel != null) {
      query.setParameter("channel", channel);
    }
    if (sentiment != null) {
      query.setParameter("sentiment", sentiment);
    }
    if (delighted != null) {
      query.setParameter("delighted", delighted);
    }
    return query;
  }
}
