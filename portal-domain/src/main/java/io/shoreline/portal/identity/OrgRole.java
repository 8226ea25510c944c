package io.shoreline.portal.identity;

/** A person's role inside their own organization. */
public enum OrgRole {
  ORG_ADMIN,
  MANAGER,
  MEMBER
}
