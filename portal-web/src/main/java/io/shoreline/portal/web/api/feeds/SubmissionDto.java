package io.shoreline.portal.web.api.feeds;

import io.shoreline.portal.feeds.IngestOutcome;

/**
 * An accepted submission: the version it became and what it did; {@code replayed} when the
 * Idempotency-Key named an earlier submission, whose version this is (nothing stored again).
 */
public record SubmissionDto(
    long feed, int version, int added, int changed, int removed, int unchanged, boolean replayed) {

  static SubmissionDto of(long feedId, IngestOutcome.Accepted accepted) {
    return new SubmissionDto(
        feedId,
        accepted.version(),
        accepted.added(),
        accepted.changed(),
        accepted.removed(),
        accepted.unchanged(),
        accepted.replayed());
  }
}
