package io.shoreline.portal.feeds;

import java.util.List;

/**
 * A key that differs between two versions: added (no old cells), removed (no new cells) or changed
 * (both, some cells different).
 */
public record DiffRow(String key, List<String> oldCells, List<String> newCells) {

  static DiffRow of(String[] stored) {
    return new DiffRow(
        stored[0],
        stored[1] == null ? null : FeedCells.split(stored[1]),
        stored[2] == null ? null : FeedCells.split(stored[2]));
  }

  public boolean isAdded() {
    return oldCells == null;
  }

  public boolean isRemoved() {
    return newCells == null;
  }

  /** Whether cell {@code index} differs (always for an added or removed row). */
  public boolean changed(int index) {
    return isAdded() || isRemoved() || !oldCells.get(index).equals(newCells.get(index));
  }

  public String getKey() {
    return key;
  }

  public List<String> getOldCells() {
    return oldCells;
  }

  public List<String> getNewCells() {
    return newCells;
  }
}
