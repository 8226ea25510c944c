package io.shoreline.portal.visits;

import io.shoreline.portal.identity.Account;
import io.shoreline.portal.tenancy.isolation.CallerMembership;
import io.shoreline.portal.tenancy.isolation.TenantAccess;
import io.shoreline.portal.tenancy.isolation.TenantSql;
import io.shoreline.portal.tenancy.isolation.TenantSql.NotificationRow;
import io.shoreline.portal.threads.Notification;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

/**
 * Tells the owner of an action item that it is theirs: in their notification list (their own
 * organization's tenant, written in this transaction) and by mail once the transaction committed.
 */
@Dependent
public class ActionNotice {

  @Inject TenantSql sql;
  @Inject TenantAccess access;
  @Inject CallerMembership member;
  @Inject Event<ActionAssigned> assigned;

  void tell(Account owner, ActionItem item, String originName) {
    Account by = access.caller();
    if (owner.getId().equals(by.getId())) {
      return; // nobody needs telling what they gave themselves
    }
    sql.insertNotification(
        owner.getOrganization().getId(),
        new NotificationRow(
            owner.getId(),
            member.workspaceId(),
            null,
            0,
            item.getId(),
            Notification.Kind.ACTION_ASSIGNED.name(),
            by.getDisplayName(),
            item.getTitle(),
            item.getCreatedAt()));
    assigned.fire(
        new ActionAssigned(
            member.workspaceId(),
            member.get().getPartnership().getName(),
            item.getId(),
            item.getTitle(),
            item.getDueOn(),
            item.origin().mailKey(),
            originName,
            owner.getId(),
            by.getDisplayName()));
  }
}
