package io.shoreline.portal.tenancy;

/** Where a partnership stands; only an ACTIVE workspace can be changed. */
public enum PartnershipStatus {
  /** Proposed by one side; the other side's admin accepts or declines. */
  INVITED,
  DECLINED,
  ACTIVE,
  /** Read-only for both until the side that suspended it resumes it. */
  SUSPENDED,
  /** Read-only for good. */
  ENDED
}
