package io.shoreline.portal.exchanges;

/** Where a proposal stands; only an accepted one books its agents and takes seats. */
public enum ProposalStatus {
  /** Waits for the other side's coordinator. */
  PROPOSED,
  /** The other side proposed other dates; waits for the proposing side's coordinator. */
  COUNTERED,
  /** Both coordinators agreed; waits for the proposing side's manager (programme rule). */
  AWAITING_APPROVAL,
  ACCEPTED,
  REJECTED,
  WITHDRAWN,
  /** Accepted, then called off by a coordinator before it began: its seats and agents are free. */
  CANCELLED;

  public boolean isOpen() {
    return this == PROPOSED || this == COUNTERED || this == AWAITING_APPROVAL;
  }
}
