package io.shoreline.portal.audit;

import io.shoreline.portal.tenancy.isolation.TenantBound;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** The audit trail of the request's workspace, newest first, a page at a time. */
@Stateless
@TenantBound
public class AuditTrail {

  @PersistenceContext EntityManager em;

  public List<AuditEvent> recent(int first, int max) {
    return em.createNamedQuery(AuditEvent.RECENT, AuditEvent.class)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  public long count() {
    return em.createNamedQuery(AuditEvent.COUNT, Long.class).getSingleResult();
  }
}
