package io.shoreline.portal.scorecards.incidents;

import java.util.List;

/** Where an incident stands. */
public enum IncidentStatus {
  /** Service is not restored yet. */
  OPEN,
  /** Service was restored; waiting for both sides to agree to close it. */
  RESOLVED,
  /** Both sides agreed: nothing about it changes any more. */
  CLOSED;

  /** What the workspace home shows: every incident not closed yet. */
  public static final List<IncidentStatus> UNCLOSED = List.of(OPEN, RESOLVED);
}
