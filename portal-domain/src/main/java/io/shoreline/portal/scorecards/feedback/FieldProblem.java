package io.shoreline.portal.scorecards.feedback;

import io.shoreline.portal.platform.RuleViolation;

/**
 * One reason a feedback item is refused: the field, and the message key with its arguments (the web
 * module's bundle), so that the API can name every bad field of every item of a batch.
 */
public record FieldProblem(String field, String key, Object... arguments) {

  public RuleViolation violation() {
    return new RuleViolation(key, arguments);
  }
}
