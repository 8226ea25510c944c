package io.shoreline.portal.exchanges;

import io.shoreline.portal.platform.RuleViolation;
import java.time.LocalDate;
import java.time.Period;

/** What coordinators agree for a programme: its name, purpose, period and approval rule. */
public record ProgrammeDetails(
    String name, String purpose, LocalDate startsOn, LocalDate endsOn, boolean managerApproval) {

  static final int NAME_LENGTH = 120;
  static final int PURPOSE_LENGTH = 2000;
  static final Period LONGEST = Period.ofYears(2);

  public ProgrammeDetails {
    name = name == null ? "" : name.strip();
    purpose = purpose == null ? "" : purpose.strip();
  }

  /** The details, or the first rule they break. */
  ProgrammeDetails validated() {
    if (name.isEmpty()) {
      throw new RuleViolation("exchanges.nameRequired");
    }
    if (name.length() > NAME_LENGTH) {
      throw new RuleViolation("exchanges.nameTooLong", NAME_LENGTH);
    }
    if (purpose.length() > PURPOSE_LENGTH) {
      throw new RuleViolation("exchanges.purposeTooLong", PURPOSE_LENGTH);
    }
    if (startsOn == null || endsOn == null) {
      throw new RuleViolation("exchanges.periodRequired");
    }
    if (endsOn.isBefore(startsOn)) {
      throw new RuleViolation("exchanges.endBeforeStart");
    }
    if (endsOn.isAfter(startsOn.plus(LONGEST))) {
      throw new RuleViolation("exchanges.periodTooLong", LONGEST.getYears());
    }
    return this;
  }
}
