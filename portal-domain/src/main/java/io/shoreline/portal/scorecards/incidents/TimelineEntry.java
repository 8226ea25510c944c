package io.shoreline.portal.scorecards.incidents;

/** A timeline entry with its author's name, as the incident page lists it. */
public record TimelineEntry(IncidentEntry entry, String authorName) {

  static TimelineEntry of(Object[] row) {
    return new TimelineEntry((IncidentEntry) row[0], (String) row[1]);
  }

  public IncidentEntry getEntry() {
    return entry;
  }

  public String getAuthorName() {
    return authorName;
  }
}
