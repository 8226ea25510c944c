package io.shoreline.portal.tenancy;

/** Which side of an outsourcing partnership a company is on. */
public enum OrganizationKind {
  /** Outsources its customer service. */
  CLIENT,
  /** The contact-centre company serving clients. */
  VENDOR,
  /** Runs the portal; its people are platform operators. Never a partner, never signed up. */
  PLATFORM
}
