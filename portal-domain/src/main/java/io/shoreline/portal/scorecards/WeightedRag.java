package io.shoreline.portal.scorecards;

import java.util.Objects;

/** One KPI's colour and how much it counts in the overall score. */
public record WeightedRag(Rag rag, int weight) {

  public WeightedRag {
    Objects.requireNonNull(rag, "rag");
    if (weight < 1) {
      throw new IllegalArgumentException("A KPI's weight must be at least 1, not " + weight);
    }
  }
}
