package io.shoreline.portal.visits;

import io.shoreline.portal.platform.RuleViolation;
import java.time.LocalDate;

/** An action item as a person asks for it; the finding it comes from is optional. */
public record NewActionItem(Long findingId, String title, long ownerId, LocalDate dueOn) {

  static final int TITLE_LENGTH = 200;

  public NewActionItem {
    title = title == null ? "" : title.strip();
  }

  NewActionItem validated() {
    if (title.isEmpty()) {
      throw new RuleViolation("actions.titleRequired");
    }
    if (title.length() > TITLE_LENGTH) {
      throw new RuleViolation("actions.titleTooLong", TITLE_LENGTH);
    }
    if (dueOn == null) {
      throw new RuleViolation("actions.dueRequired");
    }
    return this;
  }
}
