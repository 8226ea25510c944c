package io.shoreline.portal.audit;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Writes the audit trail of an {@link Audited} boundary's changes before its transaction commits:
 * it flushes, so that the {@link AuditListener} has seen every change, and hands the changes to the
 * {@link AuditWriter}. Runs inside {@code TenantBinding}, whose tenant the flush needs.
 */
@Audited
@Interceptor
@Priority(Interceptor.Priority.APPLICATION + 10)
public class AuditRecording {

  @PersistenceContext EntityManager em;
  @Inject AuditQueue queue;
  @Inject AuditWriter writer;

  @AroundInvoke
  Object record(InvocationContext invocation) throws Exception {
    Object result = invocation.proceed();
    em.flush();
    queue.drain().forEach(writer::write);
    return result;
  }
}
