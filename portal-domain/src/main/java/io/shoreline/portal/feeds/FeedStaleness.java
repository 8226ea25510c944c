package io.shoreline.portal.feeds;

import io.shoreline.portal.audit.Audited;
import io.shoreline.portal.identity.Account;
import io.shoreline.portal.tenancy.Membership;
import io.shoreline.portal.tenancy.Memberships;
import io.shoreline.portal.tenancy.WorkspaceRole;
import io.shoreline.portal.tenancy.isolation.CurrentTenant;
import io.shoreline.portal.tenancy.isolation.TenantBound;
import io.shoreline.portal.tenancy.isolation.TenantSql;
import io.shoreline.portal.tenancy.isolation.TenantSql.NotificationRow;
import io.shoreline.portal.threads.Notification;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Judges one feed's freshness inside its workspace (opened by the freshness job): a missed deadline
 * marks it stale and tells the publishing side's coordinators, once per deadline.
 */
@Stateless
@TenantBound
@Audited
public class FeedStaleness {

  static final String SENDER = "Shoreline";

  @PersistenceContext EntityManager em;
  @Inject CurrentTenant tenant;
  @Inject Memberships memberships;
  @Inject TenantSql sql;
  @Inject Event<FeedStale> stale;

  /** Whether the feed became stale now (and its coordinators were told). */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean check(long feedId, Instant now) {
    // locked: a version being submitted now either lands first (fresh) or after (clears the mark)
    Feed feed = em.find(Feed.class, feedId, LockModeType.PESSIMISTIC_WRITE);
    if (feed == null || feed.cadence().isEmpty()) {
      return false;
    }
    Instant last = feed.getLastVersionAt() != null ? feed.getLastVersionAt() : feed.getCreatedAt();
    Optional<Instant> missed = feed.cadence().get().missedDeadline(last, now);
    if (missed.isEmpty() || !feed.markStale(missed.get())) {
      return false;
    }
    tell(feed, missed.get(), now);
    return true;
  }

  private void tell(Feed feed, Instant deadline, Instant now) {
    long workspaceId = tenant.workspaceId().orElseThrow();
    List<Membership> coordinators =
        memberships.ofWorkspace(workspaceId).stream()
            .filter(member -> member.getRole() == WorkspaceRole.COORDINATOR)
            .filter(member -> member.getAccount().isEnabled())
            .filter(
                member ->
                    member.getAccount().getOrganization().getKind()
                        == feed.getDirection().publisher())
            .toList();
    for (Membership coordinator : coordinators) {
      Account account = coordinator.getAccount();
      sql.insertNotification(
          account.getOrganization().getId(),
          new NotificationRow(
              account.getId(),
              workspaceId,
              null,
              0,
              null,
              Notification.Kind.FEED_STALE.name(),
              SENDER,
              feed.getName(),
              now));
    }
    if (!coordinators.isEmpty()) {
      stale.fire(
          new FeedStale(
              workspaceId,
              coordinators.get(0).getPartnership().getName(),
              feed.getName(),
              deadline,
              feed.cadence().get().zone().getId(),
              coordinators.stream().map(member -> member.getAccount().getId()).toList()));
    }
  }
}
