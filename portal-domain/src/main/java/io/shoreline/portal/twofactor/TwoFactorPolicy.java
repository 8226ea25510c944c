package io.shoreline.portal.twofactor;

import io.shoreline.portal.identity.OrgRole;

/** Who in an organization must sign in with a second factor. */
public enum TwoFactorPolicy {
  /** Nobody must; anyone may. */
  OFF,
  /** The organization's admins must. */
  ADMINS,
  /** Everyone must. */
  EVERYONE;

  public boolean requires(OrgRole role) {
    return this == EVERYONE || (this == ADMINS && role == OrgRole.ORG_ADMIN);
  }
}
