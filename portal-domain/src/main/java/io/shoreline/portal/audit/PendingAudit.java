package io.shoreline.portal.audit;

import jakarta.transaction.TransactionScoped;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
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

  /**
   * By type and id, not by instance: EclipseLink may announce the load on the shared cache's copy
   * and then hand out a transaction's clone of it.
   */
  private final Map<String, String> loadedState = new HashMap<>();

  private final List<Change> changes = new ArrayList<>();

  void loaded(Auditable entity) {
    loadedState.put(key(entity), entity.auditSummary());
  }

  void changed(Auditable entity, AuditAction action) {
    String before = loadedState.get(key(entity));
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
    loadedState.put(key(entity), after);
  }

  private static String key(Auditable entity) {
    return entity.getClass().getName() + "#" + entity.getId();
  }

  List<Change> drain() {
    List<Change> drained = List.copyOf(changes);
    changes.clear();
    return drained;
  }
}
