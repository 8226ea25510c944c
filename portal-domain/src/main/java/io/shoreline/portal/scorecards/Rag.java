package io.shoreline.portal.scorecards;

import java.util.OptionalInt;

/** Red, amber or green; NONE when there is no figure or no agreed terms to judge it by. */
public enum Rag {
  GREEN(100),
  AMBER(50),
  RED(0),
  NONE(-1);

  private final int points;

  Rag(int points) {
    this.points = points;
  }

  /** What the rating is worth towards the overall score; NONE is worth nothing, not 0. */
  public OptionalInt points() {
    return this == NONE ? OptionalInt.empty() : OptionalInt.of(points);
  }
}
