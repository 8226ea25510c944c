package io.shoreline.portal.twofactor;

import io.shoreline.portal.audit.AuditScope;
import io.shoreline.portal.audit.Auditable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** An organization's sign-in rules; an organization without one has the policy OFF. */
@Entity
@Table(name = "organization_security")
public class OrganizationSecurity implements Auditable {

  @Id
  @Column(name = "organization_id")
  private Long organizationId;

  @Enumerated(EnumType.STRING)
  @Column(name = "two_factor_policy")
  private TwoFactorPolicy twoFactorPolicy;

  @Column(name = "changed_at")
  private Instant changedAt;

  @Version private long version;

  protected OrganizationSecurity() {}

  OrganizationSecurity(long organizationId, TwoFactorPolicy policy, Instant at) {
    this.organizationId = organizationId;
    this.twoFactorPolicy = policy;
    this.changedAt = at;
  }

  void change(TwoFactorPolicy policy, Instant at) {
    this.twoFactorPolicy = policy;
    this.changedAt = at;
  }

  @Override
  public Long getId() {
    return organizationId;
  }

  public TwoFactorPolicy getTwoFactorPolicy() {
    return twoFactorPolicy;
  }

  public long getVersion() {
    return version;
  }

  @Override
  public String auditSummary() {
    return "Two-factor sign-in: " + twoFactorPolicy;
  }

  @Override
  public AuditScope auditScope() {
    return AuditScope.organization(organizationId);
  }
}
