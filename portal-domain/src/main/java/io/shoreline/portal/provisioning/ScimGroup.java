package io.shoreline.portal.provisioning;

import io.shoreline.portal.audit.AuditScope;
import io.shoreline.portal.audit.Auditable;
import io.shoreline.portal.identity.OrgRole;
import io.shoreline.portal.tenancy.isolation.TenantProperties;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorType;
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
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A group the organization's identity provider pushes, and the portal role it may grant (null:
 * none). Tenant: the organization.
 */
@Entity
@Table(name = "scim_group")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(
    name = "organization_id",
    contextProperty = TenantProperties.ORGANIZATION,
    discriminatorType = DiscriminatorType.INTEGER,
    // part of EclipseLink's key: UPDATE and DELETE by id bind the tenant too (eclipselink#1333)
    primaryKey = true)
@NamedQuery(
    name = ScimGroup.NAMED,
    query = "SELECT g FROM ScimGroup g WHERE LOWER(g.displayName) IN :names")
@NamedQuery(
    name = ScimGroup.ROLES_OF_MEMBER,
    query =
        "SELECT g.role FROM ScimGroup g, ScimGroupMember m WHERE m.groupId = g.id"
            + " AND m.accountId = :account AND g.role IS NOT NULL")
@NamedQuery(name = ScimGroup.ALL, query = "SELECT g FROM ScimGroup g ORDER BY g.displayName, g.id")
@NamedQuery(name = ScimGroup.COUNT, query = "SELECT COUNT(g) FROM ScimGroup g")
public class ScimGroup implements Auditable {

  static final String NAMED = "ScimGroup.named";
  static final String ROLES_OF_MEMBER = "ScimGroup.rolesOfMember";
  static final String ALL = "ScimGroup.all";
  static final String COUNT = "ScimGroup.count";
  public static final int NAME_LENGTH = 200;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "display_name")
  private String displayName;

  @Column(name = "external_id")
  private String externalId;

  @Enumerated(EnumType.STRING)
  @Column(name = "org_role")
  private OrgRole role;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "modified_at")
  private Instant modifiedAt;

  @Version private long version;

  protected ScimGroup() {}

  ScimGroup(String displayName, String externalId, Instant at) {
    this.displayName = displayName;
    this.externalId = externalId;
    this.createdAt = at;
    this.modifiedAt = at;
  }

  void rename(String displayName, String externalId, Instant at) {
    this.displayName = displayName;
    this.externalId = externalId;
    this.modifiedAt = at;
  }

  void grant(OrgRole role, Instant at) {
    this.role = role;
    this.modifiedAt = at;
  }

  void touched(Instant at) {
    this.modifiedAt = at;
  }

  @Override
  public Long getId() {
    return id;
  }

  public String getDisplayName() {
    return displayName;
  }

  public String getExternalId() {
    return externalId;
  }

  /** The portal role the group grants its members, or null. */
  public OrgRole getRole() {
    return role;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getModifiedAt() {
    return modifiedAt;
  }

  public long getVersion() {
    return version;
  }

  @Override
  public String auditSummary() {
    return "Group " + displayName + (role == null ? "" : ", grants " + role);
  }

  @Override
  public AuditScope auditScope() {
    return AuditScope.OWN_TENANT;
  }
}
