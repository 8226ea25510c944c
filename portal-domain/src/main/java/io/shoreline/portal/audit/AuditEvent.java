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

/** Something that happened in a workspace. Immutable; tenant: the workspace. */
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
public class AuditEvent {

  static final String RECENT = "AuditEvent.recent";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "actor_account_id")
  private long actorAccountId;

  @Column(name = "actor_organization_id")
  private long actorOrganizationId;

  @Enumerated(EnumType.STRING)
  private AuditAction action;

  @Column(name = "subject_type")
  private String subjectType;

  @Column(name = "subject_id")
  private Long subjectId;

  private String summary;

  @Column(name = "occurred_at")
  private Instant occurredAt;

  protected AuditEvent() {}

  AuditEvent(
      long actorAccountId,
      long actorOrganizationId,
      AuditAction action,
      String subjectType,
      Long subjectId,
      String summary,
      Instant occurredAt) {
    this.actorAccountId = actorAccountId;
    this.actorOrganizationId = actorOrganizationId;
    this.action = action;
    this.subjectType = subjectType;
    this.subjectId = subjectId;
    this.summary = summary;
    this.occurredAt = occurredAt;
  }

  public Long getId() {
    return id;
  }

  public long getActorAccountId() {
    return actorAccountId;
  }

  public long getActorOrganizationId() {
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

  public Instant getOccurredAt() {
    return occurredAt;
  }
}
