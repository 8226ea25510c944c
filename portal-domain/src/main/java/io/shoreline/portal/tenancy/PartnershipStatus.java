package io.shoreline.portal.tenancy;

/** Where a partnership stands; only an ACTIVE workspace can be changed. */
public enum PartnershipStatus {
  INVITED,
  ACTIVE,
  SUSPENDED,
  ENDED
}
