package io.shoreline.portal.audit;

import io.shoreline.portal.tenancy.isolation.TenantBound;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * The audit trail of the request's organization (its people, roles, sites, roster and notes),
 * newest first, a page at a time.
 */
@Stateless
@TenantBound
public class OrganizationAuditTrail {

  @PersistenceContext EntityManager em;

  public List<OrganizationAuditEvent> recent(int first, int max) {
    return em.createNamedQuery(OrganizationAuditEvent.RECENT, OrganizationAuditEvent.class)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  public long count() {
    return em.createNamedQuery(OrganizationAuditEvent.COUNT, Long.class).getSingleResult();
  }
}
