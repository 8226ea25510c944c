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
 * Something that happened in an organization, written by {@link AuditWriter} only. Read-only;
 * tenant: the organization; only its own people see it.
 */
@Entity
@Table(name = "organization_audit_event")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(
    name = "organization_id",
    contextProperty = TenantProperties.ORGANIZATION,
    discriminatorType = DiscriminatorType.INTEGER)
@NamedQuery(
    name = OrganizationAuditEvent.RECENT,
    query = "SELECT e FROM OrganizationAuditEvent e ORDER BY e.occurredAt DESC, e.id DESC")
@NamedQuery(
    name = OrganizationAuditEvent.COUNT,
    query = "SELECT COUNT(e) FROM OrganizationAuditEvent e")
public class OrganizationAuditEvent extends RecordedChange {

  static final String RECENT = "OrganizationAuditEvent.recent";
  static final String COUNT = "OrganizationAuditEvent.count";

  protected OrganizationAuditEvent() {}
}
