package io.shoreline.portal.scorecards;

/** How a KPI's figure moved since the period before; NONE when either figure is missing. */
public enum Trend {
  BETTER,
  WORSE,
  SAME,
  NONE
}
