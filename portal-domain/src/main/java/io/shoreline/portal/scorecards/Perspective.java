package io.shoreline.portal.scorecards;

/** The four sides of the balanced scorecard a KPI belongs to. */
public enum Perspective {
  CUSTOMER,
  OPERATIONS,
  PEOPLE,
  QUALITY
}
