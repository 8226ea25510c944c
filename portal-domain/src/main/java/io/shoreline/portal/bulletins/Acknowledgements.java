package io.shoreline.portal.bulletins;

import io.shoreline.portal.audit.Audited;
import io.shoreline.portal.platform.TimeSource;
import io.shoreline.portal.tenancy.Membership;
import io.shoreline.portal.tenancy.isolation.CallerMembership;
import io.shoreline.portal.tenancy.isolation.TenantBound;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The one acknowledgement mechanism of bulletins, training documents and the authority matrix. The
 * caller's feature has checked that the caller is asked; this stores the acknowledgement once.
 */
@Stateless
@TenantBound
@Audited
public class Acknowledgements {

  private static final String OF_SUBJECT =
      "SELECT a FROM Ack a WHERE a.subjectKind = :kind AND a.subjectId = :subject"
          + " AND a.subjectVersion = :version";

  @PersistenceContext EntityManager em;
  @Inject CallerMembership member;
  @Inject TimeSource time;

  /**
   * The caller's acknowledgement of this version, stored once: the caller's membership row is read
   * under lock first, so two clicks (or two nodes) of one person take turns and the second finds
   * the first's row; the unique key backs that up.
   */
  public Ack acknowledge(AckSubject kind, long subjectId, int version) {
    // the request's membership was read in another transaction: read it again, locked
    Membership membership =
        em.find(Membership.class, member.get().getId(), LockModeType.PESSIMISTIC_WRITE);
    long me = membership.getAccount().getId();
    return of(kind, subjectId, version, me)
        .orElseGet(
            () -> {
              Ack ack = new Ack(kind, subjectId, version, me, time.now());
              em.persist(ack);
              return ack;
            });
  }

  public Optional<Ack> of(AckSubject kind, long subjectId, int version, long accountId) {
    return em.createQuery(OF_SUBJECT + " AND a.accountId = :account", Ack.class)
        .setParameter("kind", kind)
        .setParameter("subject", subjectId)
        .setParameter("version", version)
        .setParameter("account", accountId)
        .getResultStream()
        .findFirst();
  }

  /** When each of these people acknowledged the version (absent: not yet). One statement. */
  public Map<Long, Instant> of(
      AckSubject kind, long subjectId, int version, Collection<Long> accountIds) {
    if (accountIds.isEmpty()) {
      return Map.of();
    }
    List<Ack> acks =
        em.createQuery(OF_SUBJECT + " AND a.accountId IN :accounts", Ack.class)
            .setParameter("kind", kind)
            .setParameter("subject", subjectId)
            .setParameter("version", version)
            .setParameter("accounts", accountIds)
            .getResultList();
    return acks.stream().collect(Collectors.toMap(Ack::getAccountId, Ack::getAcknowledgedAt));
  }
}
