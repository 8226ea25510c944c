package io.shoreline.portal.audit;

import io.shoreline.portal.tenancy.isolation.TenantProperties;
import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * Something that happened in a workspace, written by {@link AuditWriter} only. Read-only; tenant:
 * the workspace: both sides see it.
 */
@Entity
@Table(name = "audit_event")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(
    name = "workspace_id",
    contextProperty = TenantProperties.WORKSPACE,
    discriminatorType = DiscriminatorType.INTEGER)
@NamedQuery(
    name = AuditEvent.RECENT,
    query = "SELECT e FROM AuditEvent e ORDER BY e.occurredAt DESC, e.id DESC")
@NamedQuery(name = AuditEvent.COUNT, query = "SELECT COUNT(e) FROM AuditEvent e")
public class AuditEvent extends RecordedChange {

  static final String RECENT = "AuditEvent.recent";
  static final String COUNT = "AuditEvent.count";

  protected AuditEvent() {}
}
