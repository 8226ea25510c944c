package io.shoreline.portal.scorecards.incidents;

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
import java.util.function.Predicate;

/**
 * Tells coordinators that an incident moved, in their notification list (each in their own
 * organization's tenant): the other side's when one side reports it, both sides' when it is
 * resolved, reopened, agreed to close by one side (the other must act) and closed. Never the person
 * who took the step.
 */
@Dependent
public class IncidentNotice {

  static final int SUBJECT_LENGTH = 200;

  @Inject TenantSql sql;
  @Inject TenantAccess access;
  @Inject CallerMembership member;
  @Inject Memberships memberships;
  @Inject TimeSource time;

  void reported(Incident incident) {
    tell(incident, coordinator -> sideOf(coordinator) != incident.getReportedOrgId());
  }

  void movedOn(Incident incident) {
    tell(incident, coordinator -> true);
  }

  private void tell(Incident incident, Predicate<Membership> concerned) {
    Account by = access.caller();
    for (Membership each : memberships.ofWorkspace(member.workspaceId())) {
      Account account = each.getAccount();
      if (each.getRole() == WorkspaceRole.COORDINATOR
          && !account.getId().equals(by.getId())
          && concerned.test(each)) {
        sql.insertAckNotification(
            account.getOrganization().getId(),
            new NotificationRow(
                account.getId(),
                member.workspaceId(),
                null,
                0,
                null,
                Notification.Kind.INCIDENT.name(),
                by.getDisplayName(),
                subject(incident),
                time.now()),
            incident.getId());
      }
    }
  }

  private static long sideOf(Membership membership) {
    return membership.getAccount().getOrganization().getId();
  }

  /** "SEV1 · Telephony down at Casablanca" */
  static String subject(Incident incident) {
    String subject = incident.getSeverity() + " · " + incident.getTitle();
    return subject.length() <= SUBJECT_LENGTH ? subject : subject.substring(0, SUBJECT_LENGTH);
  }
}
