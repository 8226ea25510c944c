package io.shoreline.portal.audit;

import io.shoreline.portal.tenancy.isolation.TenantProperties;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * Something that happened in a workspace, written by {@link AuditWriter} only. Read-only; tenant:
 * the workspace.
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
public class AuditEvent implements AuditRecord {

  static final String RECENT = "AuditEvent.recent";
  static final String COUNT = "AuditEvent.count";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "actor_account_id")
  private Long actorAccountId;

  @Column(name = "actor_organization_id")
  private Long actorOrganizationId;

  @Enumerated(EnumType.STRING)
  private AuditAction action;

  @Column(name = "subject_type")
  private String subjectType;

  @Column(name = "subject_id")
  private Long subjectId;

  private String summary;

  @Column(name = "before_summary")
  private String beforeSummary;

  @Column(name = "occurred_at")
  private Instant occurredAt;

  protected AuditEvent() {}

  public Long getId() {
    return id;
  }

  /** Null for changes no person made (start-up). */
  public Long getActorAccountId() {
    return actorAccountId;
  }

  public Long getActorOrganizationId() {
    return actorOrganizationId;
  }

  public AuditAction getAction() {
    return action;
  }

  public String getSubjectType() {
    return subjectType;
  }

  public Long getSubjectId() {
    return subjectId;
  }

  public String getSummary() {
    return summary;
  }

  /** The state before an update or deletion, if it was known. */
  public String getBeforeSummary() {
    return beforeSummary;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }
}
