package io.shoreline.portal.tenancy.isolation;

import io.shoreline.portal.platform.RuleViolation;
import io.shoreline.portal.tenancy.PartnershipStatus;

/**
 * A change to a workspace that is not active (suspended or ended): read-only for both sides. A rule
 * like any other for the pages (the same message); its own type so that the API can answer 409
 * Conflict, since the request is fine and only the workspace's state refuses it.
 */
public class WorkspaceReadOnlyException extends RuleViolation {

  private static final long serialVersionUID = 1L;

  public WorkspaceReadOnlyException(PartnershipStatus status) {
    super("workspace.readOnly", status);
  }
}
