package io.shoreline.portal.audit;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

/**
 * The default entity listener of the persistence unit (META-INF/orm.xml): notices every change to
 * an {@link Auditable} entity and queues it in the transaction's {@link AuditQueue}. Entities do
 * nothing but implement the interface.
 */
public class AuditListener {

  @PostLoad
  void loaded(Object entity) {
    if (entity instanceof Auditable auditable) {
      queue().loaded(auditable);
    }
  }

  @PostPersist
  void created(Object entity) {
    changed(entity, AuditAction.CREATED);
  }

  @PostUpdate
  void updated(Object entity) {
    changed(entity, AuditAction.UPDATED);
  }

  @PostRemove
  void deleted(Object entity) {
    changed(entity, AuditAction.DELETED);
  }

  private static void changed(Object entity, AuditAction action) {
    if (entity instanceof Auditable auditable) {
      queue().changed(auditable, action);
    }
  }

  // looked up once: CDI.current() walks the caller's stack on Payara, and every entity a page
  // loads passes here (a third of a thread page's CPU time before); the bean is application-scoped
  private static volatile AuditQueue queue;

  private static AuditQueue queue() {
    AuditQueue found = queue;
    if (found == null) {
      found = CDI.current().select(AuditQueue.class).get();
      queue = found;
    }
    return found;
  }
}
