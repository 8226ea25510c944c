package io.shoreline.portal.web.api.feedback;

import io.shoreline.portal.scorecards.feedback.FeedbackItem;
import java.time.Instant;

/**
 * A feedback item as stored. {@code threadId} and {@code actionItemId} say what the client made of
 * it; {@code source} is "portal" or the token that recorded it.
 */
public record FeedbackItemDto(
    long id,
    String receivedOn,
    String channel,
    String topic,
    String verbatim,
    String sentiment,
    boolean delighted,
    boolean flagged,
    String source,
    Instant recordedAt,
    String idempotencyKey,
    Long threadId,
    Long actionItemId,
    long version) {

  static FeedbackItemDto of(FeedbackItem item) {
    return new FeedbackItemDto(
        item.getId(),
        item.getReceivedOn().toString(),
        item.getChannel().name(),
        item.getTopic(),
        item.getVerbatim(),
        item.getSentiment().name(),
        item.isDelighted(),
        item.isFlagged(),
        item.getSource(),
        item.getRecordedAt(),
        item.getIdempotencyKey(),
        item.getConversationId(),
        item.getActionItemId(),
        item.getVersion());
  }
}
