package io.shoreline.portal.scorecards.feedback;

/** How the customer felt. The scorecard counts the positive ones by this name. */
public enum Sentiment {
  POSITIVE,
  NEUTRAL,
  NEGATIVE
}
