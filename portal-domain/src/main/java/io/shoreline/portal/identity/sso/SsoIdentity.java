package io.shoreline.portal.identity.sso;

import io.shoreline.portal.audit.AuditScope;
import io.shoreline.portal.audit.Auditable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The subject an organization's provider gave an account the first time it signed it in. */
@Entity
@Table(name = "sso_identity")
public class SsoIdentity implements Auditable {

  @Id
  @Column(name = "account_id")
  private Long accountId;

  @Column(name = "organization_id")
  private long organizationId;

  private String subject;

  @Column(name = "bound_at")
  private Instant boundAt;

  protected SsoIdentity() {}

  SsoIdentity(long accountId, long organizationId, String subject, Instant boundAt) {
    this.accountId = accountId;
    this.organizationId = organizationId;
    this.subject = subject;
    this.boundAt = boundAt;
  }

  String getSubject() {
    return subject;
  }

  @Override
  public Long getId() {
    return accountId;
  }

  @Override
  public String auditSummary() {
    return "Identity at the organization's provider: subject " + subject;
  }

  @Override
  public AuditScope auditScope() {
    return AuditScope.organization(organizationId);
  }
}
