package io.shoreline.portal.bulletins.authority;

import io.shoreline.portal.platform.RuleViolation;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;

/**
 * One line of the matrix as an editor typed it: a decision agents may take, its limit (amount and
 * ISO currency, or none), the condition ("with supervisor approval") and notes.
 */
public record RuleRow(
    String decision, BigDecimal limitAmount, String currency, String condition, String notes) {

  public static final int DECISION_LENGTH = 300;
  public static final int CONDITION_LENGTH = 300;
  public static final int NOTES_LENGTH = 500;

  /** The row with its texts stripped, or a {@link RuleViolation} naming what is wrong (row n). */
  public RuleRow validated(int line) {
    String what = text(decision);
    if (what.isEmpty()) {
      throw new RuleViolation("authority.decisionRequired", line);
    }
    if (what.length() > DECISION_LENGTH) {
      throw new RuleViolation("authority.decisionTooLong", line, DECISION_LENGTH);
    }
    String code = text(currency).toUpperCase(Locale.ROOT);
    if (limitAmount != null) {
      if (limitAmount.signum() < 0) {
        throw new RuleViolation("authority.amountNegative", line);
      }
      if (limitAmount.scale() > 2 || limitAmount.precision() - limitAmount.scale() > 10) {
        throw new RuleViolation("authority.amountFormat", line);
      }
      if (!isIsoCurrency(code)) {
        throw new RuleViolation(
            "authority.currencyInvalid", line, currency == null ? "" : currency);
      }
    } else if (!code.isEmpty()) {
      throw new RuleViolation("authority.amountRequired", line);
    }
    String when = text(condition);
    String remark = text(notes);
    if (when.length() > CONDITION_LENGTH || remark.length() > NOTES_LENGTH) {
      throw new RuleViolation("authority.textTooLong", line);
    }
    return new RuleRow(what, limitAmount, code.isEmpty() ? null : code, when, remark);
  }

  private static boolean isIsoCurrency(String code) {
    if (!code.matches("[A-Z]{3}")) {
      return false;
    }
    try {
      Currency.getInstance(code);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static String text(String value) {
    return value == null ? "" : value.strip();
  }
}
