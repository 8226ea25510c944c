package io.shoreline.portal.provisioning;

import io.shoreline.portal.audit.AuditScope;
import io.shoreline.portal.audit.Auditable;
import io.shoreline.portal.tenancy.isolation.TenantProperties;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** An account of the organization in one of its groups. Tenant: the organization. */
@Entity
@Table(name = "scim_group_member")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(
    name = "organization_id",
    contextProperty = TenantProperties.ORGANIZATION,
    discriminatorType = DiscriminatorType.INTEGER,
    primaryKey = true)
@NamedQuery(
    name = ScimGroupMember.OF_GROUP,
    query = "SELECT m FROM ScimGroupMember m WHERE m.groupId = :group ORDER BY m.accountId")
@NamedQuery(
    name = ScimGroupMember.OF_GROUPS,
    query = "SELECT m FROM ScimGroupMember m WHERE m.groupId IN :groups ORDER BY m.accountId")
@NamedQuery(
    name = ScimGroupMember.OF_ACCOUNT,
    query = "SELECT m.groupId FROM ScimGroupMember m WHERE m.accountId = :account")
public class ScimGroupMember implements Auditable {

  static final String OF_GROUP = "ScimGroupMember.ofGroup";
  static final String OF_GROUPS = "ScimGroupMember.ofGroups";
  static final String OF_ACCOUNT = "ScimGroupMember.ofAccount";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "group_id")
  private long groupId;

  @Column(name = "account_id")
  private long accountId;

  protected ScimGroupMember() {}

  ScimGroupMember(long groupId, long accountId) {
    this.groupId = groupId;
    this.accountId = accountId;
  }

  @Override
  public Long getId() {
    return id;
  }

  public long getGroupId() {
    return groupId;
  }

  public long getAccountId() {
    return accountId;
  }

  @Override
  public String auditSummary() {
    return "Account " + accountId + " in group " + groupId;
  }

  @Override
  public AuditScope auditScope() {
    return AuditScope.OWN_TENANT;
  }
}
