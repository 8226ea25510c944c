package io.shoreline.portal.audit;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/** The columns every trail's events share; the trails differ in table and tenant only. */
@MappedSuperclass
public abstract class RecordedChange implements AuditRecord {

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
