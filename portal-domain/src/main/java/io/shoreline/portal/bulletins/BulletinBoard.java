package io.shoreline.portal.bulletins;

import io.shoreline.portal.audit.Audited;
import io.shoreline.portal.platform.TimeSource;
import io.shoreline.portal.tenancy.isolation.CallerMembership;
import io.shoreline.portal.tenancy.isolation.TenantBound;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;

/**
 * What members read of the workspace's bulletins: the list, what the caller still has to
 * acknowledge, and for each bulletin its rate per site and its recipients ({@link AckProgress}).
 * Every list is a page read from the database; none reads row by row.
 */
@Stateless
@TenantBound
@Audited // reads only; marked so that a later write here is audited too
public class BulletinBoard {

  private static final String MINE_OPEN =
      " FROM Bulletin b, AckRecipient r WHERE r.subjectKind = :kind AND r.subjectId = b.id"
          + " AND r.accountId = :me AND b.withdrawnAt IS NULL AND b.validFrom <= :now"
          + " AND b.validUntil > :now AND NOT EXISTS (SELECT a FROM Ack a"
          + " WHERE a.subjectKind = :kind AND a.subjectId = b.id"
          + " AND a.subjectVersion = b.revision AND a.accountId = r.accountId)";

  @PersistenceContext EntityManager em;
  @Inject CallerMembership member;
  @Inject TimeSource time;
  @Inject AckProgress progress;

  /** The workspace's bulletins, newest first. */
  public List<Bulletin> page(int first, int max) {
    member.get();
    return em.createQuery(
            "SELECT b FROM Bulletin b ORDER BY b.publishedAt DESC, b.id DESC", Bulletin.class)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  public long count() {
    member.get();
    return em.createQuery("SELECT COUNT(b) FROM Bulletin b", Long.class).getSingleResult();
  }

  /** Live bulletins the caller has not acknowledged yet: critical first, then newest. */
  public List<Bulletin> toAcknowledge(int max) {
    long me = member.get().getAccount().getId();
    return mine(
            em.createQuery(
                "SELECT b" + MINE_OPEN + " ORDER BY b.urgency, b.publishedAt DESC", Bulletin.class),
            me)
        .setMaxResults(max)
        .getResultList();
  }

  public long toAcknowledgeCount() {
    long me = member.get().getAccount().getId();
    return mine(em.createQuery("SELECT COUNT(b)" + MINE_OPEN, Long.class), me).getSingleResult();
  }

  /** The rate of the current version: everyone first (site null), then each site by name. */
  public List<AckRate> rates(long bulletinId) {
    return progress.rates(AckSubject.BULLETIN, bulletinId, revision(bulletinId));
  }

  /**
   * A page of the bulletin's recipients by name, each with the time they acknowledged the current
   * version; only those who have not if {@code notYetOnly}.
   */
  public List<RecipientRow> recipients(long bulletinId, boolean notYetOnly, int first, int max) {
    return progress.recipients(
        AckSubject.BULLETIN, bulletinId, revision(bulletinId), notYetOnly, first, max);
  }

  public long recipientCount(long bulletinId, boolean notYetOnly) {
    return progress.recipientCount(
        AckSubject.BULLETIN, bulletinId, revision(bulletinId), notYetOnly);
  }

  private int revision(long bulletinId) {
    member.get();
    Bulletin bulletin = em.find(Bulletin.class, bulletinId);
    return bulletin == null ? 0 : bulletin.getRevision();
  }

  private <T> TypedQuery<T> mine(TypedQuery<T> query, long me) {
    return query
        .setParameter("me", me)
        .setParameter("now", time.now())
        .setParameter("kind", AckSubject.BULLETIN);
  }
}
