package io.shoreline.portal.web.api.feeds;

import io.shoreline.portal.feeds.Problem;

/** One reason a submission was refused: the line (CSV) or object (JSON), the column, why. */
public record ProblemDto(long row, String column, String reason) {

  static ProblemDto of(Problem problem) {
    return new ProblemDto(problem.row(), problem.column(), problem.describe());
  }
}
