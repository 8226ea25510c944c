package io.shoreline.portal.bulletins;

import io.shoreline.portal.audit.Auditable;
import io.shoreline.portal.tenancy.isolation.TenantProperties;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.Entity;
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
 * A person a bulletin asks for an acknowledgement, with the site and team they had when asked (the
 * rate per site reads them). Only its reminder bookkeeping changes; the trail shows who was asked
 * and reminded when.
 */
@Entity
@Table(name = "bulletin_recipient")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(
    name = "workspace_id",
    contextProperty = TenantProperties.WORKSPACE,
    discriminatorType = DiscriminatorType.INTEGER,
    primaryKey = true)
public class BulletinRecipient implements Auditable {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "bulletin_id")
  private long bulletinId;

  @Column(name = "account_id")
  private long accountId;

  @Column(name = "site_name")
  private String siteName;

  private String team;

  @Column(name = "last_reminded_at")
  private Instant lastRemindedAt;

  private int reminders;

  @Version private long version;

  protected BulletinRecipient() {}

  BulletinRecipient(long bulletinId, long accountId, String siteName, String team) {
    this.bulletinId = bulletinId;
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

  public long getBulletinId() {
    return bulletinId;
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

  public int getReminders() {
    return reminders;
  }

  @Override
  public String auditSummary() {
    return "Bulletin "
        + bulletinId
        + " asks account "
        + accountId
        + (siteName == null ? "" : " at " + siteName)
        + (reminders == 0 ? "" : ", reminded " + reminders + "×");
  }
}
