package io.shoreline.portal.scorecards;

import io.shoreline.portal.platform.NotAllowedException;
import io.shoreline.portal.tenancy.isolation.CallerMembership;
import io.shoreline.portal.tenancy.isolation.TenantAccess;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

/** Who may arrange the scorecard: coordinators of either side who may write. */
@Dependent
class Arrangers {

  @Inject CallerMembership member;
  @Inject TenantAccess access;

  /** The caller's side, after checking they are a coordinator who may write. */
  long sideOfCaller() {
    member.toWrite();
    if (!member.isCoordinator()) {
      throw new NotAllowedException("only coordinators arrange the scorecard");
    }
    return access.caller().getOrganization().getId();
  }
}
