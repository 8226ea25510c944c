package io.shoreline.portal.web.api.feeds;

import io.shoreline.portal.feeds.IngestOutcome;
import java.util.Set;

/** Whether a refusal means the body could not be read at all (400), not that rows broke rules. */
final class Unreadable {

  private static final Set<String> SYNTAX = Set.of("encoding", "quoting", "json");

  private Unreadable() {}

  static boolean isUnreadable(IngestOutcome.Rejected rejected) {
    return rejected.problems().stream().anyMatch(problem -> SYNTAX.contains(problem.code()));
  }
}
