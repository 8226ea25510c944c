package io.shoreline.portal.tenancy;

import io.shoreline.portal.audit.AuditScope;
import io.shoreline.portal.audit.Auditable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A tenant: one client or vendor company. */
@Entity
@Table(name = "organization")
@NamedQuery(name = Organization.COUNT, query = "SELECT COUNT(o) FROM Organization o")
@NamedQuery(name = Organization.ALL, query = "SELECT o FROM Organization o ORDER BY o.name, o.id")
@NamedQuery(
    name = Organization.BY_SLUG,
    query = "SELECT o FROM Organization o WHERE o.slug = :slug")
public class Organization implements Auditable {

  public static final String COUNT = "Organization.count";
  public static final String BY_SLUG = "Organization.bySlug";
  static final String ALL = "Organization.all";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String slug;
  private String name;

  @Enumerated(EnumType.STRING)
  private OrganizationKind kind;

  @Column(name = "default_language")
  private String defaultLanguage;

  @Column(name = "time_zone")
  private String timeZone;

  @Enumerated(EnumType.STRING)
  private OrganizationStatus status = OrganizationStatus.ACTIVE;

  @Column(name = "created_at")
  private Instant createdAt;

  @Version private long version;

  protected Organization() {}

  public Organization(
      String slug,
      String name,
      OrganizationKind kind,
      String defaultLanguage,
      String timeZone,
      Instant createdAt) {
    this.slug = slug;
    this.name = name;
    this.kind = kind;
    this.defaultLanguage = defaultLanguage;
    this.timeZone = timeZone;
    this.createdAt = createdAt;
  }

  public Long getId() {
    return id;
  }

  public String getSlug() {
    return slug;
  }

  public String getName() {
    return name;
  }

  public OrganizationKind getKind() {
    return kind;
  }

  public String getDefaultLanguage() {
    return defaultLanguage;
  }

  public String getTimeZone() {
    return timeZone;
  }

  public OrganizationStatus getStatus() {
    return status;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public long getVersion() {
    return version;
  }

  void changeStatus(OrganizationStatus status) {
    this.status = status;
  }

  @Override
  public String auditSummary() {
    return name + " (" + slug + ", " + kind + ", " + status + ")";
  }

  @Override
  public AuditScope auditScope() {
    return AuditScope.organization(id);
  }
}
