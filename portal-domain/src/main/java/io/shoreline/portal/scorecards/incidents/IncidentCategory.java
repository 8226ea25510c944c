package io.shoreline.portal.scorecards.incidents;

/** What failed. */
public enum IncidentCategory {
  TELEPHONY,
  TOOLS,
  DATA,
  STAFFING,
  FACILITIES,
  OTHER
}
