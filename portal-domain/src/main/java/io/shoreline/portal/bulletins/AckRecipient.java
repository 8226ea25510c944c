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
import jakarta.persistence.Version;
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A person a subject (a bulletin, a training document, a version of the authority matrix) asks for
 * an acknowledgement, with the site and team they had when asked (the rate per site reads them).
 * Only its reminder bookkeeping changes; the trail shows who was asked and reminded when.
 */
@Entity
@Table(name = "ack_recipient")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(
    name = "workspace_id",
    contextProperty = TenantProperties.WORKSPACE,
    discriminatorType = DiscriminatorType.INTEGER,
    primaryKey = true)
public class AckRecipient implements Auditable {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(name = "subject_kind")
  private AckSubject subjectKind;

  @Column(name = "subject_id")
  private long subjectId;

  @Column(name = "account_id")
  private long accountId;

  @Column(name = "site_name")
  private String siteName;

  private String team;

  @Column(name = "asked_at")
  private Instant askedAt;

  @Column(name = "last_reminded_at")
  private Instant lastRemindedAt;

  private int reminders;

  @Version private long version;

  protected AckRecipient() {}

  AckRecipient(
      AckSubject kind, long subjectId, long accountId, String siteName, String team, Instant at) {
    this.askedAt = at;
    this.subjectKind = kind;
    this.subjectId = subjectId;
    this.accountId = accountId;
    this.siteName = siteName;
    this.team = team;
  }

  void reminded(Instant at) {
    lastRemindedAt = at;
    reminders++;
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

  public long getAccountId() {
    return accountId;
  }

  public String getSiteName() {
    return siteName;
  }

  public String getTeam() {
    return team;
  }

  public Instant getLastRemindedAt() {
    return lastRemindedAt;
  }

  /** When the person was last asked or reminded: the next reminder counts from then. */
  public Instant getLastContact() {
    if (askedAt == null) {
      return lastRemindedAt;
    }
    return lastRemindedAt == null || askedAt.isAfter(lastRemindedAt) ? askedAt : lastRemindedAt;
  }

  public int getReminders() {
    return reminders;
  }

  @Override
  public String auditSummary() {
    return subjectKind
        + " "
        + subjectId
        + " asks account "
        + accountId
        + (siteName == null ? "" : " at " + siteName)
        + (reminders == 0 ? "" : ", reminded " + reminders + "×");
  }
}
