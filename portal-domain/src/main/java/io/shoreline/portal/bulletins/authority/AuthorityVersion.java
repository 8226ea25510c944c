package io.shoreline.portal.bulletins.authority;

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
import java.time.LocalDate;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * One published version of the workspace's authority matrix and the days it applies: from its start
 * until the day before the next version starts (open-ended while it is the latest).
 */
@Entity
@Table(name = "authority_version")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(
    name = "workspace_id",
    contextProperty = TenantProperties.WORKSPACE,
    discriminatorType = DiscriminatorType.INTEGER,
    primaryKey = true)
public class AuthorityVersion implements Auditable {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private int number;

  @Column(name = "valid_from")
  private LocalDate validFrom;

  @Column(name = "valid_until")
  private LocalDate validUntil;

  private String note;

  @Column(name = "published_by")
  private long publishedBy;

  @Column(name = "published_at")
  private Instant publishedAt;

  @Version private long version;

  protected AuthorityVersion() {}

  AuthorityVersion(int number, LocalDate validFrom, String note, long by, Instant at) {
    this.number = number;
    this.validFrom = validFrom;
    this.note = note;
    this.publishedBy = by;
    this.publishedAt = at;
  }

  /** The next version starts on {@code nextStart}: this one ends the day before. */
  void endBefore(LocalDate nextStart) {
    this.validUntil = nextStart.minusDays(1);
  }

  public boolean appliesOn(LocalDate day) {
    return !day.isBefore(validFrom) && (validUntil == null || !day.isAfter(validUntil));
  }

  @Override
  public Long getId() {
    return id;
  }

  public int getNumber() {
    return number;
  }

  public LocalDate getValidFrom() {
    return validFrom;
  }

  public LocalDate getValidUntil() {
    return validUntil;
  }

  public String getNote() {
    return note;
  }

  public long getPublishedBy() {
    return publishedBy;
  }

  public Instant getPublishedAt() {
    return publishedAt;
  }

  public long getVersion() {
    return version;
  }

  @Override
  public String auditSummary() {
    return "Authority matrix v"
        + number
        + " from "
        + validFrom
        + (validUntil == null ? "" : " until " + validUntil);
  }
}
