package io.shoreline.portal.visits;

/** What a finding or a rating is about. */
public enum VisitArea {
  TRAINING,
  QUALITY,
  CULTURE,
  TOOLS,
  FACILITIES,
  BRAND
}
