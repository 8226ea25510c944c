package io.shoreline.portal.visits;

import io.shoreline.portal.platform.RuleViolation;

/** Length rules of the visit's free texts: a clear refusal instead of a truncated save. */
final class VisitTexts {

  static final int NOTES_LENGTH = 20_000;
  static final int SHORT_LENGTH = 4000;

  private VisitTexts() {}

  static String notes(String notes) {
    String text = notes == null ? "" : notes.strip();
    if (text.length() > NOTES_LENGTH) {
      throw new RuleViolation("visits.notesTooLong", NOTES_LENGTH);
    }
    return text;
  }

  /** A required text of at most {@code max} characters; {@code what} names it in the message. */
  static String required(String value, int max, String what) {
    String text = value == null ? "" : value.strip();
    if (text.isEmpty()) {
      throw new RuleViolation(what + "Required");
    }
    if (text.length() > max) {
      throw new RuleViolation(what + "TooLong", max);
    }
    return text;
  }
}
