package io.shoreline.portal.feeds;

import java.util.List;

/** What became of a submission: a new version, or a refusal with its report (nothing stored). */
public sealed interface IngestOutcome {

  /**
   * Stored as version {@code version}; {@code replayed}: the idempotency key named an earlier
   * submission, whose outcome this is, and nothing was stored now.
   */
  record Accepted(int version, int added, int changed, int removed, int unchanged, boolean replayed)
      implements IngestOutcome {}

  /** Refused; {@code problems} holds at most {@link ValidationReport#CAP} of {@code total}. */
  record Rejected(List<Problem> problems, long total) implements IngestOutcome {

    public Rejected {
      problems = List.copyOf(problems);
    }

    static Rejected of(ValidationReport report) {
      return new Rejected(report.problems(), report.total());
    }
  }
}
