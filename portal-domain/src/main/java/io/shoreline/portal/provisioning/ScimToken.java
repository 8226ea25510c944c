package io.shoreline.portal.provisioning;

import io.shoreline.portal.apitokens.TokenSecret;
import io.shoreline.portal.audit.AuditScope;
import io.shoreline.portal.audit.Auditable;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * An organization's SCIM credential, for its identity provider. Global, like an API token: it is
 * found by its hash before a tenant is known, and it decides the organization. Not cached, so that
 * a revocation counts on every cluster node at the next request.
 */
@Entity
@Table(name = "scim_token")
@Cacheable(false)
@NamedQuery(
    name = ScimToken.BY_HASH,
    query = "SELECT t FROM ScimToken t WHERE t.secretHash = :hash")
@NamedQuery(
    name = ScimToken.OF_ORGANIZATION,
    query =
        "SELECT t FROM ScimToken t WHERE t.organizationId = :organization"
            + " ORDER BY t.createdAt DESC, t.id DESC")
@NamedQuery(
    name = ScimToken.COUNT_OF_ORGANIZATION,
    query = "SELECT COUNT(t) FROM ScimToken t WHERE t.organizationId = :organization")
@NamedQuery(
    name = ScimToken.BY_NAME,
    query =
        "SELECT COUNT(t) FROM ScimToken t WHERE t.organizationId = :organization"
            + " AND t.name = :name")
public class ScimToken implements Auditable {

  static final String BY_HASH = "ScimToken.byHash";
  static final String OF_ORGANIZATION = "ScimToken.ofOrganization";
  static final String COUNT_OF_ORGANIZATION = "ScimToken.countOfOrganization";
  static final String BY_NAME = "ScimToken.byName";
  public static final int NAME_LENGTH = 80;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "organization_id")
  private long organizationId;

  private String name;

  @Column(name = "secret_hash")
  private String secretHash;

  @Column(name = "display_prefix")
  private String displayPrefix;

  @Column(name = "created_by")
  private long createdBy;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "revoked_by")
  private Long revokedBy;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  // written by ScimTokenUse alone, at most once a minute (never set here, so never written back)
  @Column(name = "last_used_at")
  private Instant lastUsedAt;

  @Version private long version;

  protected ScimToken() {}

  ScimToken(long organizationId, String name, TokenSecret secret, long createdBy, Instant at) {
    this.organizationId = organizationId;
    this.name = name;
    this.secretHash = secret.hash();
    this.displayPrefix = secret.displayPrefix();
    this.createdBy = createdBy;
    this.createdAt = at;
  }

  void revoke(long by, Instant at) {
    if (revokedAt == null) {
      revokedBy = by;
      revokedAt = at;
    }
  }

  public boolean isRevoked() {
    return revokedAt != null;
  }

  @Override
  public Long getId() {
    return id;
  }

  public long getOrganizationId() {
    return organizationId;
  }

  public String getName() {
    return name;
  }

  public String getDisplayPrefix() {
    return displayPrefix;
  }

  public long getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Long getRevokedBy() {
    return revokedBy;
  }

  public Instant getRevokedAt() {
    return revokedAt;
  }

  public Instant getLastUsedAt() {
    return lastUsedAt;
  }

  public long getVersion() {
    return version;
  }

  @Override
  public String auditSummary() {
    return "SCIM token " + name + " (" + displayPrefix + "…)" + (isRevoked() ? "; revoked" : "");
  }

  @Override
  public AuditScope auditScope() {
    return AuditScope.organization(organizationId);
  }
}
