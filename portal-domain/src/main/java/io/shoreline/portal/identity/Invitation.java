package io.shoreline.portal.identity;

import io.shoreline.portal.audit.AuditScope;
import io.shoreline.portal.audit.Auditable;
import io.shoreline.portal.tenancy.Organization;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * An invitation to join an organization: a single-use link that expires. Only the SHA-256 of the
 * link's token is stored, so the table cannot be used to accept anything.
 */
@Entity
@Table(name = "invitation")
@NamedQuery(
    name = Invitation.BY_TOKEN,
    query = "SELECT i FROM Invitation i JOIN FETCH i.organization WHERE i.tokenHash = :hash")
@NamedQuery(
    name = Invitation.PENDING,
    query =
        "SELECT i FROM Invitation i WHERE i.organization.id = :organization"
            + " AND i.acceptedAt IS NULL AND i.revokedAt IS NULL AND i.expiresAt > :now"
            + " ORDER BY i.createdAt DESC, i.id DESC")
@NamedQuery(
    name = Invitation.PENDING_FOR_EMAIL,
    query =
        "SELECT i FROM Invitation i WHERE i.organization.id = :organization AND i.email = :email"
            + " AND i.acceptedAt IS NULL AND i.revokedAt IS NULL")
public class Invitation implements Auditable {

  static final String BY_TOKEN = "Invitation.byToken";
  static final String PENDING = "Invitation.pending";
  static final String PENDING_FOR_EMAIL = "Invitation.pendingForEmail";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "organization_id")
  private Organization organization;

  private String email;

  @Column(name = "display_name")
  private String displayName;

  @Enumerated(EnumType.STRING)
  @Column(name = "org_role")
  private OrgRole role;

  @Column(name = "token_hash")
  private String tokenHash;

  @Column(name = "invited_by")
  private Long invitedBy;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "expires_at")
  private Instant expiresAt;

  @Column(name = "accepted_at")
  private Instant acceptedAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  @Version private long version;

  protected Invitation() {}

  Invitation(
      Organization organization,
      String email,
      String displayName,
      OrgRole role,
      String tokenHash,
      long invitedBy,
      Instant createdAt,
      Instant expiresAt) {
    this.organization = organization;
    this.email = email;
    this.displayName = displayName;
    this.role = role;
    this.tokenHash = tokenHash;
    this.invitedBy = invitedBy;
    this.createdAt = createdAt;
    this.expiresAt = expiresAt;
  }

  /** Why the invitation cannot be accepted at this moment, or null if it can. */
  String problemAt(Instant now) {
    if (acceptedAt != null) {
      return "invitation.used";
    }
    if (revokedAt != null) {
      return "invitation.revoked";
    }
    return now.isBefore(expiresAt) ? null : "invitation.expired";
  }

  void accepted(Instant at) {
    acceptedAt = at;
  }

  void revoked(Instant at) {
    revokedAt = at;
  }

  @Override
  public Long getId() {
    return id;
  }

  public Organization getOrganization() {
    return organization;
  }

  public String getEmail() {
    return email;
  }

  public String getDisplayName() {
    return displayName;
  }

  public OrgRole getRole() {
    return role;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }

  public long getVersion() {
    return version;
  }

  @Override
  public String auditSummary() {
    String state = acceptedAt != null ? "accepted" : revokedAt != null ? "revoked" : "pending";
    return "Invitation of " + displayName + " <" + email + "> as " + role + ", " + state;
  }

  @Override
  public AuditScope auditScope() {
    return AuditScope.organization(organization.getId());
  }
}
