package io.shoreline.portal.visits;

import io.shoreline.portal.audit.Audited;
import io.shoreline.portal.platform.ChangedMeanwhileException;
import io.shoreline.portal.platform.NoSuchRecordException;
import io.shoreline.portal.platform.TimeSource;
import io.shoreline.portal.tenancy.isolation.CallerMembership;
import io.shoreline.portal.tenancy.isolation.TenantAccess;
import io.shoreline.portal.tenancy.isolation.TenantBound;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/**
 * The visits of the request's workspace: planned by a contributor of either side at one of the
 * vendor's sites, changed while open, and sent to review ({@link SignOffs} takes it from there).
 */
@Stateless
@TenantBound
@Audited
public class SiteVisits {

  @PersistenceContext EntityManager em;
  @Inject CallerMembership member;
  @Inject TenantAccess access;
  @Inject TimeSource time;
  @Inject VisitSites sites;
  @Inject VisitParticipants participants;
  @Inject VisitsRead read;

  public SiteVisit plan(VisitPlan plan) {
    member.toWrite();
    PartnerSite site = sites.find(plan.siteId());
    VisitPlan valid = plan.validated(site.zone());
    participants.check(valid);
    SiteVisit visit = new SiteVisit(valid, site, access.callerId(), time.now());
    em.persist(visit);
    em.flush(); // the participants need its id
    participants.replace(visit.getId(), valid);
    return visit;
  }

  /** Changes the plan as the caller saw it at {@code seenVersion}, while the report is open. */
  public SiteVisit replan(long id, long seenVersion, VisitPlan plan) {
    SiteVisit visit = toChange(id, seenVersion);
    PartnerSite site = sites.find(plan.siteId());
    VisitPlan valid = plan.validated(site.zone());
    participants.check(valid);
    visit.replan(valid, site);
    participants.replace(id, valid);
    return visit;
  }

  public SiteVisit writeNotes(long id, long seenVersion, String notes) {
    SiteVisit visit = toChange(id, seenVersion);
    visit.writeNotes(VisitTexts.notes(notes));
    return visit;
  }

  /** The report goes to both sides' coordinators for sign-off; it cannot change meanwhile. */
  public SiteVisit sendToReview(long id, long seenVersion) {
    SiteVisit visit = toChange(id, seenVersion);
    visit.sendToReview();
    return visit;
  }

  public SiteVisit find(long id) {
    member.get();
    return read.get(id)
        .orElseGet(
            () -> {
              SiteVisit visit = em.find(SiteVisit.class, id);
              if (visit == null) {
                throw new NoSuchRecordException("visit", id);
              }
              read.remember(visit);
              return visit;
            });
  }

  /** Newest first. */
  public List<SiteVisit> page(int first, int max) {
    member.get();
    return em.createNamedQuery(SiteVisit.PAGE, SiteVisit.class)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  public long count() {
    member.get();
    return em.createNamedQuery(SiteVisit.COUNT, Long.class).getSingleResult();
  }

  /** The visits that overlap the window, for a calendar. */
  public List<SiteVisit> between(Instant from, Instant to) {
    member.get();
    return em.createNamedQuery(SiteVisit.BETWEEN, SiteVisit.class)
        .setParameter("from", from)
        .setParameter("to", to)
        .setMaxResults(500)
        .getResultList();
  }

  /** A site's visits, oldest first: its history. */
  public List<SiteVisit> atSite(long siteId) {
    member.get();
    return em.createNamedQuery(SiteVisit.AT_SITE, SiteVisit.class)
        .setParameter("site", siteId)
        .getResultList();
  }

  /**
   * The visit, locked for the rest of the transaction, for a change to its report: whoever changes
   * a finding and whoever signs the report off wait for each other, so nothing lands in a report
   * after it was signed.
   */
  public SiteVisit openForChange(long id) {
    member.toWrite();
    SiteVisit visit = locked(id);
    visit.requireOpen();
    return visit;
  }

  /** The visit, locked for the rest of the transaction, whatever its state. */
  public SiteVisit locked(long id) {
    member.toWrite();
    SiteVisit visit = em.find(SiteVisit.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (visit == null) {
      throw new NoSuchRecordException("visit", id);
    }
    read.remember(visit);
    return visit;
  }

  private SiteVisit toChange(long id, long seenVersion) {
    SiteVisit visit = openForChange(id);
    ChangedMeanwhileException.check("visit", id, visit.getVersion(), seenVersion);
    return visit;
  }
}
