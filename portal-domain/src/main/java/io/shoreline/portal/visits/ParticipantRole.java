package io.shoreline.portal.visits;

/** Visitors come from the client, hosts from the vendor. */
public enum ParticipantRole {
  VISITOR,
  HOST
}
