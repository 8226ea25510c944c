package io.shoreline.portal.web.api.feeds;

import io.shoreline.portal.feeds.FeedVersion;
import io.shoreline.portal.feeds.IngestMode;
import java.time.Instant;

/** One version of a feed: when, from where (UI or an API token's name), and what it changed. */
public record VersionDto(
    int number,
    Instant submittedAt,
    String source,
    IngestMode mode,
    int added,
    int changed,
    int removed,
    int unchanged) {

  static VersionDto of(FeedVersion version) {
    return new VersionDto(
        version.getNumber(),
        version.getSubmittedAt(),
        version.getSource(),
        version.getMode(),
        version.getAdded(),
        version.getChanged(),
        version.getRemoved(),
        version.getUnchanged());
  }
}
