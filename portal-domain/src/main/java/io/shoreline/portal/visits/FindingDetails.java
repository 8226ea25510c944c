package io.shoreline.portal.visits;

import io.shoreline.portal.platform.RuleViolation;

/** What a person writes of a finding. */
public record FindingDetails(VisitArea area, Severity severity, String text) {

  public FindingDetails {
    text = text == null ? "" : text.strip();
  }

  FindingDetails validated() {
    if (area == null || severity == null) {
      throw new RuleViolation("visits.findingAreaRequired");
    }
    if (text.isEmpty()) {
      throw new RuleViolation("visits.findingTextRequired");
    }
    if (text.length() > Finding.TEXT_LENGTH) {
      throw new RuleViolation("visits.findingTooLong", Finding.TEXT_LENGTH);
    }
    return this;
  }
}
