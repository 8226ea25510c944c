package io.shoreline.portal.tenancy;

import io.shoreline.portal.audit.AuditScope;
import io.shoreline.portal.audit.Auditable;
import io.shoreline.portal.identity.Account;
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

/** An account's place in a workspace. Global: it is what decides who may enter a tenant. */
@Entity
@Table(name = "membership")
@NamedQuery(
    name = Membership.OF_ACCOUNT_IN_WORKSPACE,
    query =
        "SELECT m FROM Membership m JOIN FETCH m.partnership p"
            + " WHERE p.id = :workspace AND m.account.id = :account")
@NamedQuery(
    name = Membership.OF_ACCOUNT,
    query =
        "SELECT m FROM Membership m JOIN FETCH m.partnership p JOIN FETCH p.client"
            + " JOIN FETCH p.vendor WHERE m.account.id = :account ORDER BY p.name")
@NamedQuery(
    name = Membership.WORKSPACE_OF_ORGANIZATION,
    query =
        "SELECT p FROM Partnership p JOIN FETCH p.client JOIN FETCH p.vendor WHERE p.id = :workspace"
            + " AND (p.client.id = :organization OR p.vendor.id = :organization)")
@NamedQuery(
    name = Membership.OF_WORKSPACE,
    query =
        "SELECT m FROM Membership m JOIN FETCH m.account a JOIN FETCH a.organization"
            + " WHERE m.partnership.id = :workspace ORDER BY a.displayName")
public class Membership implements Auditable {

  static final String OF_ACCOUNT_IN_WORKSPACE = "Membership.ofAccountInWorkspace";
  static final String OF_ACCOUNT = "Membership.ofAccount";
  static final String OF_WORKSPACE = "Membership.ofWorkspace";
  static final String WORKSPACE_OF_ORGANIZATION = "Membership.workspaceOfOrganization";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "partnership_id")
  private Partnership partnership;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "account_id")
  private Account account;

  @Enumerated(EnumType.STRING)
  private WorkspaceRole role;

  @Column(name = "created_at")
  private Instant createdAt;

  /** Where the member works (one of their organization's sites), for bulletins' audiences. */
  @Column(name = "site_id")
  private Long siteId;

  private String team;

  @Version private long version;

  protected Membership() {}

  Membership(Partnership partnership, Account account, WorkspaceRole role, Instant createdAt) {
    this.partnership = partnership;
    this.account = account;
    this.role = role;
    this.createdAt = createdAt;
  }

  public Partnership getPartnership() {
    return partnership;
  }

  public Account getAccount() {
    return account;
  }

  public WorkspaceRole getRole() {
    return role;
  }

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public Long getSiteId() {
    return siteId;
  }

  public String getTeam() {
    return team;
  }

  void place(Long siteId, String team) {
    this.siteId = siteId;
    this.team = team;
  }

  void changeRole(WorkspaceRole role) {
    this.role = role;
  }

  @Override
  public String auditSummary() {
    return account.getDisplayName()
        + " ("
        + account.getOrganization().getName()
        + ") as "
        + role
        + (siteId == null ? "" : ", site " + siteId)
        + (team == null ? "" : ", team " + team);
  }

  @Override
  public AuditScope auditScope() {
    return AuditScope.workspace(partnership.getId());
  }
}
