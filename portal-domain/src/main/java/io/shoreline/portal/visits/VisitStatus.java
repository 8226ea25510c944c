package io.shoreline.portal.visits;

/** Where a visit's report stands: open to change, sent for sign-off, or signed and immutable. */
public enum VisitStatus {
  PLANNED,
  IN_REVIEW,
  SIGNED_OFF
}
