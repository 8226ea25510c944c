package io.shoreline.portal.visits;

import io.shoreline.portal.audit.Audited;
import io.shoreline.portal.platform.RuleViolation;
import io.shoreline.portal.platform.TimeSource;
import io.shoreline.portal.tenancy.isolation.TenantAccess;
import io.shoreline.portal.tenancy.isolation.TenantBound;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Corrections of a signed-off report: numbered, referencing it, signed off like it. */
@Stateless
@TenantBound
@Audited
public class Amendments {

  @PersistenceContext EntityManager em;
  @Inject SiteVisits visits;
  @Inject TenantAccess access;
  @Inject TimeSource time;

  public VisitAmendment add(long visitId, String text) {
    String correction = VisitTexts.required(text, VisitAmendment.TEXT_LENGTH, "visits.amendment");
    SiteVisit visit = visits.locked(visitId);
    if (visit.getStatus() != VisitStatus.SIGNED_OFF) {
      throw new RuleViolation("visits.amendOnlySigned");
    }
    int number = ofVisit(visitId).size() + 1; // under the visit's lock
    VisitAmendment amendment =
        new VisitAmendment(visitId, number, correction, access.callerId(), time.now());
    em.persist(amendment);
    return amendment;
  }

  public List<VisitAmendment> ofVisit(long visitId) {
    visits.find(visitId);
    return em.createNamedQuery(VisitAmendment.OF_VISIT, VisitAmendment.class)
        .setParameter("visit", visitId)
        .getResultList();
  }
}
