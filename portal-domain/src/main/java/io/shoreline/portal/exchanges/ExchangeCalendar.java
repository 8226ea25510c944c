package io.shoreline.portal.exchanges;

import io.shoreline.portal.audit.Audited;
import io.shoreline.portal.tenancy.isolation.CallerMembership;
import io.shoreline.portal.tenancy.isolation.TenantBound;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/**
 * The accepted stays of the request's workspace, for calendars, CSV and iCal: a programme's in a
 * window or page by page, and one agent's (an agent named in the workspace's proposals).
 */
@Stateless
@TenantBound
@Audited
public class ExchangeCalendar {

  /** A calendar shows at most this many stays in one window. */
  public static final int MOST_IN_WINDOW = 500;

  @PersistenceContext EntityManager em;
  @Inject CallerMembership member;

  public List<ExchangeStay> between(long programmeId, Instant from, Instant to) {
    member.get();
    return em.createNamedQuery(ExchangeStay.BETWEEN, ExchangeStay.class)
        .setParameter("programme", programmeId)
        .setParameter("from", from)
        .setParameter("to", to)
        .setMaxResults(MOST_IN_WINDOW)
        .getResultList();
  }

  /** The accepted stays not over yet, in any programme, soonest first: for the workspace home. */
  public List<ExchangeStay> upcoming(Instant now, int max) {
    member.get();
    return em.createNamedQuery(ExchangeStay.UPCOMING, ExchangeStay.class)
        .setParameter("now", now)
        .setMaxResults(max)
        .getResultList();
  }

  /** Soonest first. */
  public List<ExchangeStay> ofProgramme(long programmeId, int first, int max) {
    member.get();
    return em.createNamedQuery(ExchangeStay.ACCEPTED_OF_PROGRAMME, ExchangeStay.class)
        .setParameter("programme", programmeId)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  /** One agent's accepted stays in this workspace, soonest first. */
  public List<ExchangeStay> ofAgent(long organizationId, long agentId, int first, int max) {
    member.get();
    return em.createNamedQuery(ExchangeStay.ACCEPTED_OF_AGENT, ExchangeStay.class)
        .setParameter("organization", organizationId)
        .setParameter("agent", agentId)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }
}
