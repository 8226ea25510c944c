package io.shoreline.portal.tenancy.isolation;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Sets the request's tenants on the transaction's persistence context. It runs inside the EJB's
 * transaction (the container starts it before interceptors), where the property holds for exactly
 * that transaction (shared/NOTES.md: set outside one, it is lost).
 */
@TenantBound
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class TenantBinding {

  @PersistenceContext EntityManager em;
  @Inject CurrentTenant tenant;

  @AroundInvoke
  Object bind(InvocationContext invocation) throws Exception {
    tenant.workspaceId().ifPresent(id -> em.setProperty(TenantProperties.WORKSPACE, id));
    tenant.organizationId().ifPresent(id -> em.setProperty(TenantProperties.ORGANIZATION, id));
    return invocation.proceed();
  }
}
