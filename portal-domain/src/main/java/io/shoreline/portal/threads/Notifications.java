package io.shoreline.portal.threads;

import io.shoreline.portal.platform.NoSuchRecordException;
import io.shoreline.portal.platform.TimeSource;
import io.shoreline.portal.tenancy.isolation.TenantAccess;
import io.shoreline.portal.tenancy.isolation.TenantBound;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** The caller's own notifications, across their workspaces (their organization is the tenant). */
@Stateless
@TenantBound
public class Notifications {

  @PersistenceContext EntityManager em;
  @Inject TenantAccess access;
  @Inject TimeSource time;

  /** The caller's notifications, newest first (the organization tenant must be open). */
  public List<Notification> page(int first, int max) {
    return em.createNamedQuery(Notification.INBOX, Notification.class)
        .setParameter("account", me())
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  public long count() {
    return em.createNamedQuery(Notification.INBOX_SIZE, Long.class)
        .setParameter("account", me())
        .getSingleResult();
  }

  public long unread() {
    return em.createNamedQuery(Notification.UNREAD, Long.class)
        .setParameter("account", me())
        .getSingleResult();
  }

  /** Opening a notification marks it read; answers it for its link. */
  public Notification open(long id) {
    Notification notification = em.find(Notification.class, id);
    if (notification == null || notification.getAccountId() != me()) {
      throw new NoSuchRecordException("notification", id);
    }
    notification.read(time.now());
    return notification;
  }

  public void readAll() {
    em.createNamedQuery(Notification.UNREAD_LIST, Notification.class)
        .setParameter("account", me())
        .getResultStream()
        .forEach(notification -> notification.read(time.now()));
  }

  /** For the daily digest: the caller's unread notifications not mailed yet, now marked mailed. */
  public List<Notification> takeUndigested() {
    List<Notification> fresh =
        em.createNamedQuery(Notification.UNDIGESTED, Notification.class)
            .setParameter("account", me())
            .getResultList();
    fresh.forEach(notification -> notification.digested(time.now()));
    return fresh;
  }

  private long me() {
    return access.callerId();
  }
}
