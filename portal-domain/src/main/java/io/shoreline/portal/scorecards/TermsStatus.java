package io.shoreline.portal.scorecards;

/** Where a version of a KPI's terms stands; agreed ones judge the periods from their date on. */
public enum TermsStatus {
  PROPOSED,
  AGREED,
  DECLINED,
  WITHDRAWN
}
