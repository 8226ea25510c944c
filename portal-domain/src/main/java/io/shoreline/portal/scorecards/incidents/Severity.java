package io.shoreline.portal.scorecards.incidents;

/** How bad an incident is, worst first: the names sort that way too. */
public enum Severity {
  /** Critical: service down for many customers. */
  SEV1,
  SEV2,
  SEV3,
  /** Low: a nuisance, with a workaround. */
  SEV4
}
