package io.shoreline.portal.bulletins;

import io.shoreline.portal.audit.Audited;
import io.shoreline.portal.identity.Account;
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
 * How far one version of a subject (a bulletin, a training document, a matrix version) is
 * acknowledged by the people it asks: the rate per site, the recipients page by page, and who is
 * still waiting (for reminders). Every list is read in a fixed number of statements.
 */
@Stateless
@TenantBound
@Audited // reads only; marked so that a later write here is audited too
public class AckProgress {

  /** Whether recipient r has not acknowledged version :version of its subject. */
  static final String NOT_ACKED =
      " NOT EXISTS (SELECT a FROM Ack a WHERE a.subjectKind = r.subjectKind"
          + " AND a.subjectId = r.subjectId AND a.subjectVersion = :version"
          + " AND a.accountId = r.accountId)";

  private static final String OF_SUBJECT = " r.subjectKind = :kind AND r.subjectId = :subject";

  @PersistenceContext EntityManager em;
  @Inject CallerMembership member;
  @Inject Acknowledgements acks;

  /** A recipient who has not acknowledged, with their account (a reminder goes to them). */
  public record Waiting(AckRecipient recipient, Account person) {}

  /** The rate of this version: everyone first (site null), then each site by name. */
  public List<AckRate> rates(AckSubject kind, long subjectId, int version) {
    member.get();
    Map<String, Long> totals = new HashMap<>();
    subject(
            em.createQuery(
                "SELECT r.siteName, COUNT(r) FROM AckRecipient r WHERE"
                    + OF_SUBJECT
                    + " GROUP BY r.siteName",
                Object[].class),
            kind,
            subjectId)
        .getResultList()
        .forEach(row -> totals.put((String) row[0], (Long) row[1]));
    Map<String, Long> acked = new HashMap<>();
    subject(
            em.createQuery(
                "SELECT r.siteName, COUNT(r) FROM AckRecipient r, Ack a WHERE"
                    + OF_SUBJECT
                    + " AND a.subjectKind = r.subjectKind AND a.subjectId = r.subjectId"
                    + " AND a.subjectVersion = :version AND a.accountId = r.accountId"
                    + " GROUP BY r.siteName",
                Object[].class),
            kind,
            subjectId)
        .setParameter("version", version)
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
   * A page of the recipients by name, each with the time they acknowledged this version; only those
   * who have not if {@code notYetOnly}. Two statements a page.
   */
  public List<RecipientRow> recipients(
      AckSubject kind, long subjectId, int version, boolean notYetOnly, int first, int max) {
    member.get();
    List<Object[]> rows =
        recipientQuery(
                "SELECT r, p.displayName",
                kind,
                subjectId,
                version,
                notYetOnly,
                " ORDER BY p.displayName, r.id",
                Object[].class)
            .setFirstResult(first)
            .setMaxResults(max)
            .getResultList();
    List<Long> ids = rows.stream().map(row -> ((AckRecipient) row[0]).getAccountId()).toList();
    Map<Long, Instant> when = acks.of(kind, subjectId, version, ids);
    return rows.stream()
        .map(
            row -> {
              AckRecipient r = (AckRecipient) row[0];
              return new RecipientRow(
                  r.getAccountId(),
                  (String) row[1],
                  r.getSiteName(),
                  r.getTeam(),
                  when.get(r.getAccountId()));
            })
        .toList();
  }

  public long recipientCount(AckSubject kind, long subjectId, int version, boolean notYetOnly) {
    member.get();
    return recipientQuery("SELECT COUNT(r)", kind, subjectId, version, notYetOnly, "", Long.class)
        .getSingleResult();
  }

  public boolean isAsked(AckSubject kind, long subjectId, long accountId) {
    return !subject(
            em.createQuery(
                "SELECT r.id FROM AckRecipient r WHERE" + OF_SUBJECT + " AND r.accountId = :a",
                Long.class),
            kind,
            subjectId)
        .setParameter("a", accountId)
        .getResultList()
        .isEmpty();
  }

  /** The recipients who have not acknowledged this version, for the reminder job. */
  public List<Waiting> waiting(AckSubject kind, long subjectId, int version) {
    return subject(
            em.createQuery(
                "SELECT r, p FROM AckRecipient r, Account p WHERE"
                    + OF_SUBJECT
                    + " AND p.id = r.accountId AND"
                    + NOT_ACKED,
                Object[].class),
            kind,
            subjectId)
        .setParameter("version", version)
        .getResultList()
        .stream()
        .map(row -> new Waiting((AckRecipient) row[0], (Account) row[1]))
        .toList();
  }

  private <T> TypedQuery<T> recipientQuery(
      String select,
      AckSubject kind,
      long subjectId,
      int version,
      boolean notYetOnly,
      String order,
      Class<T> type) {
    TypedQuery<T> query =
        subject(
            em.createQuery(
                select
                    + " FROM AckRecipient r, Account p WHERE"
                    + OF_SUBJECT
                    + " AND p.id = r.accountId"
                    + (notYetOnly ? " AND" + NOT_ACKED : "")
                    + order,
                type),
            kind,
            subjectId);
    if (notYetOnly) {
      query.setParameter("version", version);
    }
    return query;
  }

  private static <T> TypedQuery<T> subject(TypedQuery<T> query, AckSubject kind, long subjectId) {
    return query.setParameter("kind", kind).setParameter("subject", subjectId);
  }
}
