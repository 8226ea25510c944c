package io.shoreline.portal.feeds;

import java.util.List;

/** One stored row as read back: its cells in column order (empty text for an empty cell). */
public record FeedRow(String key, List<String> cells) {

  static FeedRow of(String[] stored) {
    return new FeedRow(stored[0], FeedCells.split(stored[1]));
  }

  /** For EL, which cannot read record accessors. */
  public List<String> getCells() {
    return cells;
  }

  public String getKey() {
    return key;
  }
}
