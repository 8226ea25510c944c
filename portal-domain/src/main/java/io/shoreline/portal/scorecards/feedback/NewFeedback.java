package io.shoreline.portal.scorecards.feedback;

/**
 * A feedback item to record: its details, whether it is flagged for the client's attention, and the
 * key of the call that sends it (null from a page), which makes a retry answer the item stored.
 */
public record NewFeedback(FeedbackDetails details, boolean flagged, String idempotencyKey) {

  public NewFeedback {
    idempotencyKey =
        idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.strip();
  }
}
