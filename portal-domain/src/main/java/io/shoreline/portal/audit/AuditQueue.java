package io.shoreline.portal.audit;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.List;

/**
 * The changes of the current transaction that still have to be written to the audit trail. Outside
 * a transaction nothing can change, so nothing is queued.
 */
@ApplicationScoped
public class AuditQueue {

  @Resource TransactionSynchronizationRegistry transactions;
  @Inject PendingAudit pending;

  void loaded(Auditable entity) {
    if (inTransaction()) {
      pending.loaded(entity);
    }
  }

  void changed(Auditable entity, AuditAction action) {
    if (inTransaction()) {
      pending.changed(entity, action);
    }
  }

  List<PendingAudit.Change> drain() {
    return inTransaction() ? pending.drain() : List.of();
  }

  private boolean inTransaction() {
    return transactions.getTransactionStatus() == Status.STATUS_ACTIVE;
  }
}
