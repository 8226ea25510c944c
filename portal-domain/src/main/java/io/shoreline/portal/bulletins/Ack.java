package io.shoreline.portal.bulletins;

import io.shoreline.portal.audit.Auditable;
import io.shoreline.portal.tenancy.isolation.TenantProperties;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** One person's acknowledgement of one version of a subject. Append-only. */
@Entity
@Table(name = "ack")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(
    name = "workspace_id",
    contextProperty = TenantProperties.WORKSPACE,
    discriminatorType = DiscriminatorType.INTEGER)
public class Ack implements Auditable {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(name = "subject_kind")
  private AckSubject subjectKind;

  @Column(name = "subject_id")
  private long subjectId;

  @Column(name = "subject_version")
  private int subjectVersion;

  @Column(name = "account_id")
  private long accountId;

  @Column(name = "acknowledged_at")
  private Instant acknowledgedAt;

  protected Ack() {}

  Ack(AckSubject kind, long subjectId, int subjectVersion, long accountId, Instant at) {
    this.subjectKind = kind;
    this.subjectId = subjectId;
    this.subjectVersion = subjectVersion;
    this.accountId = accountId;
    this.acknowledgedAt = at;
  }

  @Override
  public Long getId() {
    return id;
  }

  public AckSubject getSubjectKind() {
    return subjectKind;
  }

  public long getSubjectId() {
    return subjectId;
  }

  public int getSubjectVersion() {
    return subjectVersion;
  }

  public long getAccountId() {
    return accountId;
  }

  public Instant getAcknowledgedAt() {
    return acknowledgedAt;
  }

  @Override
  public String auditSummary() {
    return "Account "
        + accountId
        + " acknowledged "
        + subjectKind
        + " "
        + subjectId
        + " v"
        + subjectVersion;
  }
}
