package io.shoreline.portal.visits;

import io.shoreline.portal.audit.Audited;
import io.shoreline.portal.identity.Account;
import io.shoreline.portal.platform.ChangedMeanwhileException;
import io.shoreline.portal.platform.NoSuchRecordException;
import io.shoreline.portal.platform.RuleViolation;
import io.shoreline.portal.platform.TimeSource;
import io.shoreline.portal.tenancy.OrganizationKind;
import io.shoreline.portal.tenancy.isolation.CallerMembership;
import io.shoreline.portal.tenancy.isolation.TenantAccess;
import io.shoreline.portal.tenancy.isolation.TenantBound;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Dual sign-off: one coordinator of each side signs the report in review (or an amendment); the
 * second signature makes it final. Signing holds the visit's row lock, so a change to the report
 * cannot slip in between.
 */
@Stateless
@TenantBound
@Audited
public class SignOffs {

  private static final int REPORT = 0;

  @PersistenceContext EntityManager em;
  @Inject CallerMembership member;
  @Inject TenantAccess access;
  @Inject TimeSource time;
  @Inject SiteVisits visits;

  public SiteVisit signReport(long visitId) {
    SiteVisit visit = visits.locked(visitId);
    if (visit.getStatus() == VisitStatus.SIGNED_OFF) {
      throw new RuleViolation("visits.alreadySignedOff");
    }
    if (visit.getStatus() != VisitStatus.IN_REVIEW) {
      throw new RuleViolation("visits.notInReview");
    }
    if (sign(visitId, REPORT)) {
      visit.signedOff(time.now());
    }
    return visit;
  }

  public VisitAmendment signAmendment(long visitId, int number) {
    visits.locked(visitId);
    VisitAmendment amendment = amendment(visitId, number);
    if (amendment.isSignedOff()) {
      throw new RuleViolation("visits.alreadySignedOff");
    }
    if (sign(visitId, number)) {
      amendment.signedOff(time.now());
    }
    return amendment;
  }

  /** A coordinator takes the report back from review; signatures given so far are void. */
  public SiteVisit reopen(long visitId, long seenVersion) {
    SiteVisit visit = visits.locked(visitId);
    ChangedMeanwhileException.check("visit", visitId, visit.getVersion(), seenVersion);
    requireCoordinator();
    visit.reopen();
    ofVisit(visitId).stream().filter(s -> s.getAmendment() == REPORT).forEach(em::remove);
    return visit;
  }

  /** Signatures of the report and its amendments, in order. */
  public List<SignOff> ofVisit(long visitId) {
    visits.find(visitId);
    return em.createNamedQuery(SignOff.OF_VISIT, SignOff.class)
        .setParameter("visit", visitId)
        .getResultList();
  }

  /** Signs for the caller's side; answers whether both sides have now signed. */
  private boolean sign(long visitId, int amendment) {
    Account signer = requireCoordinator();
    OrganizationKind side = signer.getOrganization().getKind();
    Set<OrganizationKind> signed =
        ofVisit(visitId).stream()
            .filter(s -> s.getAmendment() == amendment)
            .map(SignOff::getSide)
            .collect(Collectors.toSet());
    if (signed.contains(side)) {
      throw new RuleViolation("visits.sideSigned");
    }
    em.persist(
        new SignOff(visitId, amendment, side, signer.getId(), signer.getDisplayName(), time.now()));
    em.flush(); // the unique key refuses a second signature of the side signed meanwhile
    return signed.size() == 1;
  }

  private Account requireCoordinator() {
    member.toWrite();
    if (!member.isCoordinator()) {
      throw new RuleViolation("visits.coordinatorsSign");
    }
    return access.caller();
  }

  private VisitAmendment amendment(long visitId, int number) {
    return em.createNamedQuery(VisitAmendment.NUMBERED, VisitAmendment.class)
        .setParameter("visit", visitId)
        .setParameter("number", number)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new NoSuchRecordException("amendment", number));
  }
}
