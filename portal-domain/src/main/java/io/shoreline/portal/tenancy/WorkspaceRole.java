package io.shoreline.portal.tenancy;

/** A member's role inside one workspace, independent of their role in their organization. */
public enum WorkspaceRole {
  COORDINATOR,
  CONTRIBUTOR,
  VIEWER
}
