package io.shoreline.portal.scorecards.incidents;

import java.util.List;

/** Which incidents a list shows; {@link #ALL} puts the open ones first. */
public enum IncidentFilter {
  OPEN(List.of(IncidentStatus.OPEN)),
  RESOLVED(List.of(IncidentStatus.RESOLVED)),
  CLOSED(List.of(IncidentStatus.CLOSED)),
  ALL(List.of(IncidentStatus.OPEN, IncidentStatus.RESOLVED, IncidentStatus.CLOSED));

  private final List<IncidentStatus> states;

  IncidentFilter(List<IncidentStatus> states) {
    this.states = states;
  }

  /** The states shown, in the order they are listed. */
  public List<IncidentStatus> states() {
    return states;
  }
}
