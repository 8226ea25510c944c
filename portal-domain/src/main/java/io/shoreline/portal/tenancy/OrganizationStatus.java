package io.shoreline.portal.tenancy;

/** A platform operator suspends an organization: its people can no longer sign in. */
public enum OrganizationStatus {
  ACTIVE,
  SUSPENDED
}
