package io.shoreline.portal.visits;

/** Where an action item stands; the last two close it. */
public enum ActionStatus {
  OPEN,
  IN_PROGRESS,
  DONE,
  WONT_DO;

  public boolean isClosed() {
    return this == DONE || this == WONT_DO;
  }
}
