package io.shoreline.portal.tenancy;

import io.shoreline.portal.audit.AuditScope;
import io.shoreline.portal.audit.Auditable;
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
 * One client and one vendor working together: the shared workspace. Global, not a tenant row; its
 * changes go to its own workspace's audit trail.
 */
@Entity
@Table(name = "partnership")
@NamedQuery(
    name = Partnership.OF_ORGANIZATION,
    query =
        "SELECT p FROM Partnership p JOIN FETCH p.client JOIN FETCH p.vendor"
            + " WHERE p.client.id = :organization OR p.vendor.id = :organization"
            + " ORDER BY p.name, p.id")
@NamedQuery(
    name = Partnership.OF_PAIR,
    query = "SELECT p FROM Partnership p WHERE p.client.id = :client AND p.vendor.id = :vendor")
public class Partnership implements Auditable {

  static final String OF_ORGANIZATION = "Partnership.ofOrganization";
  static final String OF_PAIR = "Partnership.ofPair";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "client_org_id")
  private Organization client;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "vendor_org_id")
  private Organization vendor;

  private String name;

  @Enumerated(EnumType.STRING)
  private PartnershipStatus status;

  @Column(name = "invited_by_org_id")
  private Long invitedByOrganizationId;

  @Column(name = "invited_by_account_id")
  private Long invitedByAccountId;

  @Column(name = "status_changed_by_org_id")
  private Long statusChangedByOrganizationId;

  @Column(name = "status_changed_at")
  private Instant statusChangedAt;

  @Column(name = "created_at")
  private Instant createdAt;

  @Version private long version;

  protected Partnership() {}

  Partnership(
      Organization client,
      Organization vendor,
      String name,
      PartnershipStatus status,
      Instant createdAt) {
    this.client = client;
    this.vendor = vendor;
    this.name = name;
    this.status = status;
    this.createdAt = createdAt;
  }

  /** Proposed (again, after a decline or an end) by one side's admin. */
  void invitedBy(long organizationId, long accountId, String name, Instant at) {
    this.invitedByOrganizationId = organizationId;
    this.invitedByAccountId = accountId;
    this.name = name;
    changeStatus(PartnershipStatus.INVITED, organizationId, at);
  }

  void changeStatus(PartnershipStatus status, long byOrganizationId, Instant at) {
    this.status = status;
    this.statusChangedByOrganizationId = byOrganizationId;
    this.statusChangedAt = at;
  }

  /** Whether the organization is one of the two sides. */
  public boolean hasSide(long organizationId) {
    return client.getId() == organizationId || vendor.getId() == organizationId;
  }

  /** The side of the partnership that is not this organization. */
  public Organization partnerOf(long organizationId) {
    return client.getId() == organizationId ? vendor : client;
  }

  public Long getId() {
    return id;
  }

  public Organization getClient() {
    return client;
  }

  public Organization getVendor() {
    return vendor;
  }

  public String getName() {
    return name;
  }

  public PartnershipStatus getStatus() {
    return status;
  }

  public Long getInvitedByOrganizationId() {
    return invitedByOrganizationId;
  }

  public Long getInvitedByAccountId() {
    return invitedByAccountId;
  }

  public Long getStatusChangedByOrganizationId() {
    return statusChangedByOrganizationId;
  }

  public Instant getStatusChangedAt() {
    return statusChangedAt;
  }

  public long getVersion() {
    return version;
  }

  @Override
  public String auditSummary() {
    return "Workspace " + name + " (" + status + ")";
  }

  @Override
  public AuditScope auditScope() {
    return AuditScope.workspace(id);
  }
}
