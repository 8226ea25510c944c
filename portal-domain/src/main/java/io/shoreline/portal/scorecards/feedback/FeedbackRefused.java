package io.shoreline.portal.scorecards.feedback;

import io.shoreline.portal.platform.RuleViolation;
import java.util.List;
import java.util.Map;

/**
 * Some items of a batch are refused, each for the reasons given by its position in the batch:
 * nothing of the batch was stored.
 */
public class FeedbackRefused extends RuleViolation {

  private static final long serialVersionUID = 1L;

  private final transient Map<Integer, List<FieldProblem>> problems;

  FeedbackRefused(Map<Integer, List<FieldProblem>> problems) {
    super(first(problems).key(), first(problems).arguments());
    this.problems = Map.copyOf(problems);
  }

  /** The problems of each refused item, by its index in the batch (from 0). */
  public Map<Integer, List<FieldProblem>> problems() {
    return problems;
  }

  /** The problems after the first (which is this refusal's own key), in the batch's order. */
  @Override
  public List<RuleViolation> reasons() {
    return problems.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .flatMap(entry -> entry.getValue().stream())
        .skip(1)
        .map(FieldProblem::violation)
        .toList();
  }

  private static FieldProblem first(Map<Integer, List<FieldProblem>> problems) {
    return problems.entrySet().stream()
        .min(Map.Entry.comparingByKey())
        .map(entry -> entry.getValue().get(0))
        .orElseThrow();
  }
}
