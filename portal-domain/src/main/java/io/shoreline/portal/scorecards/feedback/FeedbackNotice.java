package io.shoreline.portal.scorecards.feedback;

import io.shoreline.portal.identity.Account;
import io.shoreline.portal.platform.TimeSource;
import io.shoreline.portal.tenancy.Membership;
import io.shoreline.portal.tenancy.Memberships;
import io.shoreline.portal.tenancy.OrganizationKind;
import io.shoreline.portal.tenancy.WorkspaceRole;
import io.shoreline.portal.tenancy.isolation.CurrentTenant;
import io.shoreline.portal.tenancy.isolation.NoSuchWorkspaceException;
import io.shoreline.portal.tenancy.isolation.TenantSql;
import io.shoreline.portal.tenancy.isolation.TenantSql.NotificationRow;
import io.shoreline.portal.threads.Notification;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

/**
 * Tells the client's coordinators that a feedback item was flagged for their attention, in their
 * notification list (each in their own organization's tenant); never the person who flagged it.
 */
@Dependent
public class FeedbackNotice {

  static final int SUBJECT_LENGTH = 200;

  @Inject TenantSql sql;
  @Inject CurrentTenant tenant;
  @Inject Memberships memberships;
  @Inject TimeSource time;

  /** By a person (their id), or by a system (no id), named as the notification's actor. */
  void flagged(FeedbackItem item, String actorName, Long byAccountId) {
    long workspace = tenant.workspaceId().orElseThrow(() -> new NoSuchWorkspaceException(0));
    for (Membership each : memberships.ofWorkspace(workspace)) {
      Account account = each.getAccount();
      if (each.getRole() == WorkspaceRole.COORDINATOR
          && account.getOrganization().getKind() == OrganizationKind.CLIENT
          && !account.getId().equals(byAccountId)) {
        sql.insertAckNotification(
            account.getOrganization().getId(),
            new NotificationRow(
                account.getId(),
                workspace,
                null,
                0,
                null,
                Notification.Kind.FEEDBACK.name(),
                actorName,
                subject(item),
                time.now()),
            item.getId());
      }
    }
  }

  /** "Billing · 2026-11-20" */
  static String subject(FeedbackItem item) {
    String subject = item.getTopic() + " · " + item.getReceivedOn();
    return subject.length() <= SUBJECT_LENGTH ? subject : subject.substring(0, SUBJECT_LENGTH);
  }
}
