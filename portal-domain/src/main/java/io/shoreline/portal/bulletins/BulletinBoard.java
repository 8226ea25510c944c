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
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What members read of the workspace's bulletins: the list, what the caller still has to
 * acknowledge, and for each bulletin its rate per site and its recipients. Every list is a page
 * read from the database; none reads row by row.
 */
@Stateless
@TenantBound
@Audited // reads only; marked so that a later write here is audited too
public class BulletinBoard {

  private static final String NOT_ACKED =
      " NOT EXISTS (SELECT a FROM Ack a WHERE a.subjectKind = :kind AND a.subjectId = r.bulletinId"
          + " AND a.subjectVersion = b.revision AND a.accountId = r.accountId)";
  private static final String MINE_OPEN =
      " FROM Bulletin b, BulletinRecipient r WHERE r.bulletinId = b.id AND r.accountId = :me"
          + " AND b.withdrawnAt IS NULL AND b.validFrom <= :now AND b.validUntil > :now AND"
          + NOT_ACKED;

  @PersistenceContext EntityManager em;
  @Inject CallerMembership member;
  @Inject TimeSource time;
  @Inject Acknowledgements acks;

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
    Bulletin bulletin = em.find(Bulletin.class, bulletinId);
    member.get();
    Map<String, Long> totals = new HashMap<>();
    em.createQuery(
            "SELECT r.siteName, COUNT(r) FROM BulletinRecipient r WHERE r.bulletinId = :b"
                + " GROUP BY r.siteName",
            Object[].class)
        .setParameter("b", bulletinId)
        .getResultList()
        .forEach(row -> totals.put((String) row[0], (Long) row[1]));
    Map<String, Long> acked = new HashMap<>();
    em.createQuery(
            "SELECT r.siteName, COUNT(r) FROM BulletinRecipient r, Ack a WHERE r.bulletinId = :b"
                + " AND a.subjectKind = :kind AND a.subjectId = r.bulletinId"
                + " AND a.subjectVersion = :rev AND a.accountId = r.accountId GROUP BY r.siteName",
            Object[].class)
        .setParameter("b", bulletinId)
        .setParameter("kind", AckSubject.BULLETIN)
        .setParameter("rev", bulletin == null ? 0 : bulletin.getRevision())
        .getResultList()
        .forEach(row -> acked.put((String) row[0], (Long) row[1]));
    List<AckRate> rates = new ArrayList<>();
    rates.add(
        new AckRate(
            null,
            acked.values().stream().mapToLong(Long::longValue).sum(),
            totals.values().stream().mapToLong(Long::longValue).sum()));
    totals.keySet().stream()
        .sorted((a, b) -> a == null ? 1 : b == null ? -1 : a.compareToIgnoreCase(b))
        .forEach(
            site -> rates.add(new AckRate(site, acked.getOrDefault(site, 0L), totals.get(site))));
    return rates;
  }

  /**
   * A page of the bulletin's recipients by name, each with the time they acknowledged the current
   * version; only those who have not if {@code notYetOnly}. Two statements a page.
   */
  public List<RecipientRow> recipients(long bulletinId, boolean notYetOnly, int first, int max) {
    Bulletin bulletin = em.find(Bulletin.class, bulletinId);
    member.get();
    if (bulletin == null) {
      return List.of();
    }
    List<Object[]> rows =
        recipientQuery(
                "SELECT r, p.displayName",
                bulletinId,
                notYetOnly,
                " ORDER BY p.displayName, r.id",
                Object[].class)
            .setFirstResult(first)
            .setMaxResults(max)
            .getResultList();
    List<Long> ids = rows.stream().map(row -> ((BulletinRecipient) row[0]).getAccountId()).toList();
    Map<Long, Instant> when = acks.of(AckSubject.BULLETIN, bulletinId, bulletin.getRevision(), ids);
    return rows.stream()
        .map(
            row -> {
              BulletinRecipient r = (BulletinRecipient) row[0];
              return new RecipientRow(
                  r.getAccountId(),
                  (String) row[1],
                  r.getSiteName(),
                  r.getTeam(),
                  when.get(r.getAccountId()));
            })
        .toList();
  }

  public long recipientCount(long bulletinId, boolean notYetOnly) {
    member.get();
    return recipientQuery("SELECT COUNT(r)", bulletinId, notYetOnly, "", Long.class)
        .getSingleResult();
  }

  private <T> TypedQuery<T> recipientQuery(
      String select, long bulletinId, boolean notYetOnly, String order, Class<T> type) {
    TypedQuery<T> query =
        em.createQuery(
            select
                + " FROM BulletinRecipient r, Bulletin b, Account p WHERE r.bulletinId = :b"
                + " AND b.id = r.bulletinId AND p.id = r.accountId"
                + (notYetOnly ? " AND" + NOT_ACKED : "")
                + order,
            type);
    query.setParameter("b", bulletinId);
    if (notYetOnly) {
      query.setParameter("kind", AckSubject.BULLETIN);
    }
    return query;
  }

  private <T> TypedQuery<T> mine(TypedQuery<T> query, long me) {
    return query
        .setParameter("me", me)
        .setParameter("now", time.now())
        .setParameter("kind", AckSubject.BULLETIN);
  }
}
