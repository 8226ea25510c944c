package io.shoreline.portal.audit;

import io.shoreline.portal.platform.TimeSource;
import io.shoreline.portal.tenancy.isolation.CurrentTenant;
import io.shoreline.portal.tenancy.isolation.TenantBound;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** The audit trail of the request's workspace. */
@Stateless
@TenantBound
public class AuditTrail {

  private static final int SUMMARY_LENGTH = 1000;

  @PersistenceContext EntityManager em;
  @Inject CurrentTenant tenant;
  @Inject TimeSource time;

  /** Records what the caller did, in the request's workspace. */
  public AuditEvent record(AuditAction action, String subjectType, Long subjectId, String summary) {
    AuditEvent event =
        new AuditEvent(
            tenant.callerAccountId().orElseThrow(),
            tenant.organizationId().orElseThrow(),
            action,
            subjectType,
            subjectId,
            summary.length() > SUMMARY_LENGTH ? summary.substring(0, SUMMARY_LENGTH) : summary,
            time.now());
    em.persist(event);
    return event;
  }

  /** The newest events first, one page of them. */
  public List<AuditEvent> recent(int first, int max) {
    return em.createNamedQuery(AuditEvent.RECENT, AuditEvent.class)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }
}
