package io.shoreline.portal.scorecards;

/**
 * Where a figure comes from: how many rows, visits, feedback items, incidents or bulletins it was
 * computed from, how many were left out (a missing cell), and for a feed which version was read.
 */
public record Provenance(
    int items, int skipped, Long feedId, String feedName, Integer feedVersion) {

  public static Provenance of(int items, int skipped) {
    return new Provenance(items, skipped, null, null, null);
  }

  public int getItems() {
    return items;
  }

  public int getSkipped() {
    return skipped;
  }

  public Long getFeedId() {
    return feedId;
  }

  public String getFeedName() {
    return feedName;
  }

  public Integer getFeedVersion() {
    return feedVersion;
  }
}
