package io.shoreline.portal.scorecards;

import io.shoreline.portal.identity.Account;
import io.shoreline.portal.platform.TimeSource;
import io.shoreline.portal.tenancy.Membership;
import io.shoreline.portal.tenancy.Memberships;
import io.shoreline.portal.tenancy.WorkspaceRole;
import io.shoreline.portal.tenancy.isolation.CallerMembership;
import io.shoreline.portal.tenancy.isolation.TenantAccess;
import io.shoreline.portal.tenancy.isolation.TenantSql;
import io.shoreline.portal.tenancy.isolation.TenantSql.NotificationRow;
import io.shoreline.portal.threads.Notification;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

/**
 * Tells coordinators that a KPI or new terms await their side's answer, and both sides'
 * coordinators how it was answered. Never the person who took the step.
 */
@Dependent
public class KpiNotice {

  @Inject TenantSql sql;
  @Inject TenantAccess access;
  @Inject CallerMembership member;
  @Inject Memberships memberships;
  @Inject TimeSource time;

  /** To the coordinators of the side that did not propose. */
  void toAnswer(Kpi kpi, String subject) {
    tell(kpi, subject, true);
  }

  /** To the coordinators of both sides. */
  void answered(Kpi kpi, String subject) {
    tell(kpi, subject, false);
  }

  private void tell(Kpi kpi, String subject, boolean otherSideOnly) {
    Account by = access.caller();
    for (Membership each : memberships.ofWorkspace(member.workspaceId())) {
      Account account = each.getAccount();
      long side = account.getOrganization().getId();
      boolean concerned =
          each.getRole() == WorkspaceRole.COORDINATOR
              && !account.getId().equals(by.getId())
              && (!otherSideOnly || side != kpi.getProposedOrgId());
      if (concerned) {
        sql.insertAckNotification(
            side,
            new NotificationRow(
                account.getId(),
                member.workspaceId(),
                null,
                0,
                null,
                Notification.Kind.KPI.name(),
                by.getDisplayName(),
                subject,
                time.now()),
            kpi.getId());
      }
    }
  }
}
