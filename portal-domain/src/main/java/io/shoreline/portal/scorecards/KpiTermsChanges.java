package io.shoreline.portal.scorecards;

import io.shoreline.portal.audit.Audited;
import io.shoreline.portal.platform.ChangedMeanwhileException;
import io.shoreline.portal.platform.NoSuchRecordException;
import io.shoreline.portal.platform.NotAllowedException;
import io.shoreline.portal.platform.RuleViolation;
import io.shoreline.portal.platform.TimeSource;
import io.shoreline.portal.tenancy.isolation.TenantAccess;
import io.shoreline.portal.tenancy.isolation.TenantBound;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;

/**
 * New terms for an agreed KPI: proposed by one side's coordinator from a day after the latest
 * agreed terms (periods already judged keep their target), agreed or declined by the other side's.
 */
@Stateless
@TenantBound
@Audited
public class KpiTermsChanges {

  @PersistenceContext EntityManager em;
  @Inject Kpis kpis;
  @Inject TenantAccess access;
  @Inject TimeSource time;
  @Inject KpiNotice notice;
  @Inject Arrangers arrangers;

  public KpiTerms propose(long kpiId, TermsDetails details) {
    long side = arrangers.sideOfCaller();
    Kpi kpi = em.find(Kpi.class, kpiId, LockModeType.PESSIMISTIC_WRITE);
    if (kpi == null) {
      throw new NoSuchRecordException("KPI", kpiId);
    }
    if (kpi.getStatus() != KpiStatus.AGREED) {
      throw new RuleViolation("scorecards.termsOfAgreedOnly", kpi.getName());
    }
    TermsDetails valid = details.validated();
    if (valid.thresholds().direction() != kpi.getDirection()) {
      throw new RuleViolation("scorecards.directionFixed");
    }
    requireAfterLatestAgreed(kpi, valid.effectiveFrom());
    boolean pending =
        kpis.terms(kpiId).stream().anyMatch(t -> t.getStatus() == TermsStatus.PROPOSED);
    if (pending) {
      throw new RuleViolation("scorecards.termsPending", kpi.getName());
    }
    KpiTerms terms = new KpiTerms(kpiId, valid, side, access.callerId(), time.now());
    em.persist(terms);
    notice.toAnswer(kpi, kpi.getName());
    return terms;
  }

  public KpiTerms agree(long termsId, long seenVersion) {
    KpiTerms terms = toAnswer(termsId, seenVersion);
    Kpi kpi = kpis.find(terms.getKpiId());
    // agreed terms of the same day or later may have come in since it was proposed
    requireAfterLatestAgreed(kpi, terms.getEffectiveFrom());
    terms.answer(TermsStatus.AGREED, access.callerId(), time.now());
    notice.answered(kpi, kpi.getName());
    return terms;
  }

  public KpiTerms decline(long termsId, long seenVersion) {
    KpiTerms terms = toAnswer(termsId, seenVersion);
    terms.answer(TermsStatus.DECLINED, access.callerId(), time.now());
    Kpi kpi = kpis.find(terms.getKpiId());
    notice.answered(kpi, kpi.getName());
    return terms;
  }

  public KpiTerms withdraw(long termsId, long seenVersion) {
    long side = arrangers.sideOfCaller();
    KpiTerms terms = locked(termsId, seenVersion);
    if (terms.getProposedOrgId() != side) {
      throw new NotAllowedException("only the proposing side withdraws terms");
    }
    terms.answer(TermsStatus.WITHDRAWN, access.callerId(), time.now());
    return terms;
  }

  private KpiTerms toAnswer(long termsId, long seenVersion) {
    long side = arrangers.sideOfCaller();
    KpiTerms terms = locked(termsId, seenVersion);
    if (terms.getProposedOrgId() == side) {
      throw new RuleViolation("scorecards.otherSideAnswers");
    }
    return terms;
  }

  private KpiTerms locked(long termsId, long seenVersion) {
    KpiTerms terms = em.find(KpiTerms.class, termsId, LockModeType.PESSIMISTIC_WRITE);
    if (terms == null) {
      throw new NoSuchRecordException("KPI terms", termsId);
    }
    ChangedMeanwhileException.check("KPI terms", termsId, terms.getVersion(), seenVersion);
    if (terms.getStatus() != TermsStatus.PROPOSED) {
      throw new RuleViolation("scorecards.termsAnswered");
    }
    return terms;
  }

  private void requireAfterLatestAgreed(Kpi kpi, LocalDate effectiveFrom) {
    kpis.terms(kpi.getId()).stream()
        .filter(t -> t.getStatus() == TermsStatus.AGREED)
        .map(KpiTerms::getEffectiveFrom)
        .filter(agreedFrom -> !effectiveFrom.isAfter(agreedFrom))
        .findFirst()
        .ifPresent(
            agreedFrom -> {
              throw new RuleViolation("scorecards.termsNotAfter", agreedFrom);
            });
  }
}
