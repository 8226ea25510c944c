package io.shoreline.portal.tenancy.isolation;

import jakarta.ejb.ApplicationException;

/**
 * The workspace does not exist or the caller is not a member: the same answer for both, so that
 * nobody learns which workspaces exist (the web layer answers 404).
 */
@ApplicationException(rollback = true)
public class NoSuchWorkspaceException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public NoSuchWorkspaceException(long workspaceId) {
    super("No workspace " + workspaceId + " for this account");
  }
}
