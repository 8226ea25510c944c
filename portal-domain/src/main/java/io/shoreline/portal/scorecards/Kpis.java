package io.shoreline.portal.scorecards;

import io.shoreline.portal.audit.Audited;
import io.shoreline.portal.platform.ChangedMeanwhileException;
import io.shoreline.portal.platform.NoSuchRecordException;
import io.shoreline.portal.platform.NotAllowedException;
import io.shoreline.portal.platform.RuleViolation;
import io.shoreline.portal.platform.TimeSource;
import io.shoreline.portal.tenancy.isolation.CallerMembership;
import io.shoreline.portal.tenancy.isolation.TenantAccess;
import io.shoreline.portal.tenancy.isolation.TenantBound;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;

/**
 * The workspace's KPIs: a coordinator of one side proposes what is measured with its first terms, a
 * coordinator of the other side agrees or declines; only agreed KPIs are on the scorecard. New
 * terms go the same way ({@link KpiTermsChanges}).
 */
@Stateless
@TenantBound
@Audited
public class Kpis {

  /** A scorecard a person can read at a glance; it also bounds every list of KPIs. */
  public static final int MOST_KPIS = 40;

  static final int REASON_LENGTH = 1000;

  @PersistenceContext EntityManager em;
  @Inject CallerMembership member;
  @Inject TenantAccess access;
  @Inject TimeSource time;
  @Inject KpiFeedCheck feedCheck;
  @Inject KpiNotice notice;
  @Inject Arrangers arrangers;

  public Kpi propose(KpiDefinition definition, TermsDetails terms) {
    long side = arrangers.sideOfCaller();
    KpiDefinition valid = definition.validated();
    TermsDetails validTerms = terms.validated();
    if (valid.source() == KpiSource.FEED) {
      feedCheck.check(valid);
    }
    requireFreeName(valid.name());
    List<Kpi> all = all();
    long live = all.stream().filter(Kpi::isLive).count();
    if (live >= MOST_KPIS || all.size() >= MOST_KPIS * 3) {
      throw new RuleViolation("scorecards.tooManyKpis", MOST_KPIS);
    }
    long by = access.callerId();
    Kpi kpi = new Kpi(valid, lastPosition() + 1, side, by, time.now());
    em.persist(kpi);
    em.flush(); // the terms and the notification name its id
    em.persist(new KpiTerms(kpi.getId(), validTerms, side, by, time.now()));
    notice.toAnswer(kpi, kpi.getName());
    return kpi;
  }

  /** The other side agrees: the KPI and the terms proposed with it count from now on. */
  public Kpi agree(long id, long seenVersion) {
    Kpi kpi = toAnswer(id, seenVersion);
    kpi.answer(KpiStatus.AGREED, access.callerId(), time.now(), null);
    for (KpiTerms proposed : terms(id)) {
      proposed.answer(TermsStatus.AGREED, access.callerId(), time.now());
    }
    notice.answered(kpi, kpi.getName());
    return kpi;
  }

  public Kpi decline(long id, long seenVersion, String reason) {
    String why = reason == null ? "" : reason.strip();
    if (why.isEmpty()) {
      throw new RuleViolation("scorecards.reasonRequired");
    }
    if (why.length() > REASON_LENGTH) {
      throw new RuleViolation("scorecards.reasonTooLong", REASON_LENGTH);
    }
    Kpi kpi = toAnswer(id, seenVersion);
    kpi.answer(KpiStatus.DECLINED, access.callerId(), time.now(), why);
    terms(id).forEach(t -> t.answer(TermsStatus.DECLINED, access.callerId(), time.now()));
    notice.answered(kpi, kpi.getName());
    return kpi;
  }

  /** The proposing side takes a KPI back before it is answered. */
  public Kpi withdraw(long id, long seenVersion) {
    long side = arrangers.sideOfCaller();
    Kpi kpi = locked(id, seenVersion);
    if (kpi.getStatus() != KpiStatus.PROPOSED) {
      throw new RuleViolation("scorecards.alreadyAnswered", kpi.getName());
    }
    if (kpi.getProposedOrgId() != side) {
      throw new NotAllowedException("only the proposing side withdraws a KPI");
    }
    kpi.answer(KpiStatus.WITHDRAWN, access.callerId(), time.now(), null);
    terms(id).forEach(t -> t.answer(TermsStatus.WITHDRAWN, access.callerId(), time.now()));
    return kpi;
  }

  public Kpi find(long id) {
    member.get();
    Kpi kpi = em.find(Kpi.class, id);
    if (kpi == null) {
      throw new NoSuchRecordException("KPI", id);
    }
    return kpi;
  }

  /**
   * Every KPI of the workspace in scorecard order: at most {@link #MOST_KPIS} live ones and three
   * times as many in all, so no list of them needs paging.
   */
  public List<Kpi> all() {
    member.get();
    return em.createNamedQuery(Kpi.ALL, Kpi.class).getResultList();
  }

  public List<Kpi> agreed() {
    member.get();
    return em.createNamedQuery(Kpi.WITH_STATUS, Kpi.class)
        .setParameter("status", KpiStatus.AGREED)
        .getResultList();
  }

  /** A KPI's terms, latest first. */
  public List<KpiTerms> terms(long kpiId) {
    member.get();
    return em.createNamedQuery(KpiTerms.OF_KPI, KpiTerms.class)
        .setParameter("kpi", kpiId)
        .getResultList();
  }

  /** The agreed terms of every KPI, in one query. */
  public List<KpiTerms> agreedTerms() {
    member.get();
    return em.createNamedQuery(KpiTerms.WITH_STATUS, KpiTerms.class)
        .setParameter("status", TermsStatus.AGREED)
        .getResultList();
  }

  private Kpi toAnswer(long id, long seenVersion) {
    long side = arrangers.sideOfCaller();
    Kpi kpi = locked(id, seenVersion);
    if (kpi.getStatus() != KpiStatus.PROPOSED) {
      throw new RuleViolation("scorecards.alreadyAnswered", kpi.getName());
    }
    if (kpi.getProposedOrgId() == side) {
      throw new RuleViolation("scorecards.otherSideAnswers");
    }
    return kpi;
  }

  private Kpi locked(long id, long seenVersion) {
    Kpi kpi = em.find(Kpi.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (kpi == null) {
      throw new NoSuchRecordException("KPI", id);
    }
    ChangedMeanwhileException.check("KPI", id, kpi.getVersion(), seenVersion);
    return kpi;
  }

  private int lastPosition() {
    Integer last = em.createNamedQuery(Kpi.LAST_POSITION, Integer.class).getSingleResult();
    return last == null ? 0 : last;
  }

  private void requireFreeName(String name) {
    boolean taken =
        !em.createNamedQuery(Kpi.NAMED, Kpi.class)
            .setParameter("name", name.toLowerCase(Locale.ROOT))
            .getResultList()
            .isEmpty();
    if (taken) {
      throw new RuleViolation("scorecards.nameTaken", name);
    }
  }
}
