package io.shoreline.portal.scorecards;

/** Where a KPI stands: only an agreed KPI is on the scorecard. */
public enum KpiStatus {
  /** Proposed by one side, awaiting the other side's answer. */
  PROPOSED,
  AGREED,
  DECLINED,
  /** Taken back by the side that proposed it before it was answered. */
  WITHDRAWN
}
