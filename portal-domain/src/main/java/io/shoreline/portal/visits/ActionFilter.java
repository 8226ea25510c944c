package io.shoreline.portal.visits;

import java.time.LocalDate;

/** Which action items a list shows: open ones only, the caller's only, those due before a day. */
public record ActionFilter(boolean openOnly, boolean mineOnly, LocalDate dueBefore) {

  public static ActionFilter overdueOn(LocalDate today) {
    return new ActionFilter(true, false, today);
  }

  String where() {
    return (openOnly ? " AND a.status IN :openStates" : "")
        + (mineOnly ? " AND a.ownerId = :me" : "")
        + (dueBefore != null ? " AND a.dueOn < :dueBefore" : "");
  }
}
