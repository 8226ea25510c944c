package io.shoreline.portal.bulletins;

import io.shoreline.portal.identity.Account;
import io.shoreline.portal.tenancy.isolation.TenantSql;
import io.shoreline.portal.tenancy.isolation.TenantSql.NotificationRow;
import io.shoreline.portal.threads.Notification;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * Asks a recipient to acknowledge: in their notification list (their organization's tenant, written
 * in this transaction) and by mail after the commit.
 */
@Dependent
public class BulletinNotice {

  @Inject TenantSql sql;
  @Inject Event<BulletinAsked> asked;

  void ask(
      Account recipient,
      Bulletin bulletin,
      long workspaceId,
      String workspaceName,
      String actorName,
      boolean reminder,
      Instant at) {
    sql.insertBulletinNotification(
        recipient.getOrganization().getId(),
        new NotificationRow(
            recipient.getId(),
            workspaceId,
            null,
            0,
            null,
            Notification.Kind.BULLETIN.name(),
            actorName,
            bulletin.getTitle(),
            at),
        bulletin.getId());
    asked.fire(
        new BulletinAsked(
            workspaceId,
            workspaceName,
            bulletin.getId(),
            bulletin.getTitle(),
            bulletin.getUrgency(),
            recipient.getId(),
            reminder));
  }
}
