package io.shoreline.portal.audit;

import jakarta.transaction.TransactionScoped;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * One transaction's audited changes, with the state each entity had when it was loaded (the
 * "before" of an update).
 */
@TransactionScoped
public class PendingAudit implements Serializable {

  private static final long serialVersionUID = 1L;

  /** A change noticed at flush time, written by {@link AuditRecording}. */
  public record Change(
      AuditAction action, Class<?> type, Long id, AuditScope scope, String before, String after) {}

  private final transient Map<Auditable, String> loadedState = new IdentityHashMap<>();
  private final List<Change> changes = new ArrayList<>();

  void loaded(Auditable entity) {
    loadedState.put(entity, entity.auditSummary());
  }

  void changed(Auditable entity, AuditAction action) {
    String before = loadedState.get(entity);
    String after = entity.auditSummary();
    if (action == AuditAction.UPDATED && after.equals(before)) {
      return; // nothing a person would call a change (a sign-in time, a version)
    }
    changes.add(
        new Change(
            action,
            entity.getClass(),
            entity.getId(),
            entity.auditScope(),
            action == AuditAction.CREATED ? null : before,
            after));
    loadedState.put(entity, after);
  }

  List<Change> drain() {
    List<Change> drained = List.copyOf(changes);
    changes.clear();
    return drained;
  }
}
