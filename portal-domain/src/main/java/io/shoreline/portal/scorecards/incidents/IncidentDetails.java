package io.shoreline.portal.scorecards.incidents;

import io.shoreline.portal.platform.RuleViolation;
import java.time.Instant;

/**
 * What a person says about an incident when reporting or correcting it: what failed, how badly,
 * since when, and what it did to the service. The number of calls affected may be unknown (null).
 */
public record IncidentDetails(
    String title,
    Severity severity,
    IncidentCategory category,
    Instant startedAt,
    Integer callsAffected,
    String impact) {

  static final int TITLE_LENGTH = 200;
  static final int TEXT_LENGTH = 4000;

  public IncidentDetails {
    title = title == null ? "" : title.strip();
    impact = impact == null ? "" : impact.strip();
  }

  /** The details, or the first rule they break; an incident cannot have started after now. */
  IncidentDetails validated(Instant now) {
    if (title.isEmpty()) {
      throw new RuleViolation("incidents.titleRequired");
    }
    if (title.length() > TITLE_LENGTH) {
      throw new RuleViolation("incidents.titleTooLong", TITLE_LENGTH);
    }
    if (severity == null) {
      throw new RuleViolation("incidents.severityRequired");
    }
    if (category == null) {
      throw new RuleViolation("incidents.categoryRequired");
    }
    IncidentSteps.past(startedAt, now, "incidents.start");
    if (callsAffected != null && callsAffected < 0) {
      throw new RuleViolation("incidents.callsNegative");
    }
    text(impact, true, "incidents.impact");
    return this;
  }

  /**
   * A free text of an incident (a root cause, a timeline entry, a reason), stripped; the key names
   * the rule broken when it is empty and {@code required}, or too long.
   */
  static String text(String text, boolean required, String key) {
    String stripped = text == null ? "" : text.strip();
    if (required && stripped.isEmpty()) {
      throw new RuleViolation(key + "Required");
    }
    if (stripped.length() > TEXT_LENGTH) {
      throw new RuleViolation(key + "TooLong", TEXT_LENGTH);
    }
    return stripped;
  }
}
