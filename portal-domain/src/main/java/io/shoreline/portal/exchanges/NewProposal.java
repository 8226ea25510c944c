package io.shoreline.portal.exchanges;

import io.shoreline.portal.platform.RuleViolation;
import java.time.Duration;
import java.time.LocalDateTime;

/**
 * What a coordinator proposes: an agent of their own roster, a host site of the other side, the
 * start and end as the host's wall clock shows them, and for a swap the site of their own side that
 * hosts the other side's agent (whom that side names when it accepts).
 */
public record NewProposal(
    long programmeId,
    long agentId,
    long hostSiteId,
    LocalDateTime start,
    LocalDateTime end,
    Long swapHostSiteId,
    String note) {

  static final Duration LONGEST = Duration.ofDays(92);

  public NewProposal {
    note = note == null ? "" : note.strip();
  }

  NewProposal validated() {
    Dates.check(start, end);
    if (note.length() > ExchangeProposal.NOTE_LENGTH) {
      throw new RuleViolation("exchanges.noteTooLong", ExchangeProposal.NOTE_LENGTH);
    }
    return this;
  }

  /** The wall-clock rules both a proposal and a counter-proposal follow. */
  static final class Dates {

    private Dates() {}

    static void check(LocalDateTime start, LocalDateTime end) {
      if (start == null || end == null) {
        throw new RuleViolation("exchanges.datesRequired");
      }
      if (!end.isAfter(start)) {
        throw new RuleViolation("exchanges.endBeforeStart");
      }
      if (Duration.between(start, end).compareTo(LONGEST) > 0) {
        throw new RuleViolation("exchanges.stayTooLong", LONGEST.toDays());
      }
    }
  }
}
