package io.shoreline.portal.audit;

/**
 * An entity whose every change goes into an audit trail. The {@link AuditListener} notices the
 * change; the {@link Audited} boundary it happens in writes it down.
 */
public interface Auditable {

  Long getId();

  /**
   * The record's state in a line a person can read ("Site Lisbon, Lisbon PT, 80 seats"): shown as
   * before and after. Uses the entity's own fields only, and never a secret.
   */
  String auditSummary();

  /** Which trail the change belongs to; by default the tenant the entity itself belongs to. */
  default AuditScope auditScope() {
    return AuditScope.OWN_TENANT;
  }
}
