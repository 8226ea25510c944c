package io.shoreline.portal.web.api.feeds;

import io.shoreline.portal.feeds.IngestOutcome;
import java.util.List;

/**
 * A refused submission (400 unreadable, 422 invalid): nothing was stored. {@code problems} lists
 * the first ones by row, {@code total} counts them all.
 */
public record RejectionDto(int status, String message, long total, List<ProblemDto> problems) {

  static RejectionDto of(int status, IngestOutcome.Rejected rejected) {
    String message =
        status == 400
            ? "The body could not be read; nothing was stored."
            : "Some rows are invalid; nothing was stored.";
    return new RejectionDto(
        status,
        message,
        rejected.total(),
        rejected.problems().stream().map(ProblemDto::of).toList());
  }
}
