package io.shoreline.portal.visits;

/** How much a finding matters, least first. */
public enum Severity {
  LOW,
  MEDIUM,
  HIGH,
  CRITICAL
}
