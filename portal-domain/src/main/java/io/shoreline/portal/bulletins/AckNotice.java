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
 * Asks a recipient to acknowledge a bulletin, a training document or the authority matrix: in their
 * notification list (their organization's tenant, written in this transaction) and by mail after
 * the commit.
 */
@Dependent
public class AckNotice {

  @Inject TenantSql sql;
  @Inject Event<AckAsked> asked;

  /** Where and by whom the people are asked. */
  public record From(long workspaceId, String workspaceName, String actorName) {}

  public void ask(Account recipient, AckTopic topic, From from, boolean reminder, Instant at) {
    sql.insertAckNotification(
        recipient.getOrganization().getId(),
        new NotificationRow(
            recipient.getId(),
            from.workspaceId(),
            null,
            0,
            null,
            kindOf(topic.kind()).name(),
            from.actorName(),
            topic.title(),
            at),
        topic.id());
    asked.fire(
        new AckAsked(from.workspaceId(), from.workspaceName(), topic, recipient.getId(), reminder));
  }

  static Notification.Kind kindOf(AckSubject subject) {
    return switch (subject) {
      case BULLETIN -> Notification.Kind.BULLETIN;
      case TRAINING -> Notification.Kind.TRAINING;
      case AUTHORITY -> Notification.Kind.AUTHORITY;
    };
  }
}
