package io.shoreline.portal.exchanges;

/** Why a stay cannot be accepted as proposed. */
public enum ConflictKind {
  END_NOT_AFTER_START,
  OUTSIDE_PROGRAMME,
  HOST_NOT_IN_PROGRAMME,
  BLACKOUT,
  SITE_FULL,
  AGENT_BOOKED,
  AGENT_INACTIVE
}
