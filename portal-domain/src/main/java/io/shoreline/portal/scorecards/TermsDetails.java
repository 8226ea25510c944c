package io.shoreline.portal.scorecards;

import io.shoreline.portal.platform.RuleViolation;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A KPI's terms as a coordinator proposes them: from which day, target, thresholds, weight. */
public record TermsDetails(
    LocalDate effectiveFrom, Thresholds thresholds, int weight, String note) {

  static final int NOTE_LENGTH = 1000;
  static final int MOST_WEIGHT = 100;

  /** DECIMAL(18, 4): what the column holds. */
  private static final BigDecimal LARGEST = new BigDecimal("99999999999999");

  public TermsDetails {
    note = note == null ? "" : note.strip();
  }

  TermsDetails validated() {
    if (effectiveFrom == null) {
      throw new RuleViolation("scorecards.effectiveFromRequired");
    }
    if (thresholds == null) {
      throw new RuleViolation("scorecards.targetRequired");
    }
    Thresholds valid = thresholds.validated();
    for (BigDecimal value : new BigDecimal[] {valid.target(), valid.amber(), valid.red()}) {
      if (value.abs().compareTo(LARGEST) > 0 || Math.max(value.scale(), 0) > 4) {
        throw new RuleViolation("scorecards.valueOutOfRange", value.toPlainString());
      }
    }
    if (weight < 1 || weight > MOST_WEIGHT) {
      throw new RuleViolation("scorecards.weightOutOfRange", 1, MOST_WEIGHT);
    }
    if (note.length() > NOTE_LENGTH) {
      throw new RuleViolation("scorecards.noteTooLong", NOTE_LENGTH);
    }
    return this;
  }
}
