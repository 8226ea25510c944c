package io.shoreline.portal.notes;

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
import jakarta.persistence.Version;
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * An organization's private note about a partnership. Tenant: the organization, so the partner's
 * people never read it even inside the shared workspace.
 */
@Entity
@Table(name = "partner_note")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(
    name = "organization_id",
    contextProperty = TenantProperties.ORGANIZATION,
    discriminatorType = DiscriminatorType.INTEGER,
    // part of EclipseLink's key: UPDATE and DELETE by id then bind the tenant too
    // (eclipselink#1333)
    primaryKey = true)
@NamedQuery(
    name = PartnerNote.OF_WORKSPACE,
    query =
        "SELECT n FROM PartnerNote n WHERE n.workspaceId = :workspace"
            + " ORDER BY n.createdAt DESC, n.id DESC")
public class PartnerNote implements Auditable {

  static final String OF_WORKSPACE = "PartnerNote.ofWorkspace";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "partnership_id")
  private long workspaceId;

  @Column(name = "author_account_id")
  private long authorAccountId;

  private String body;

  @Column(name = "created_at")
  private Instant createdAt;

  @Version private long version;

  protected PartnerNote() {}

  PartnerNote(long workspaceId, long authorAccountId, String body, Instant createdAt) {
    this.workspaceId = workspaceId;
    this.authorAccountId = authorAccountId;
    this.body = body;
    this.createdAt = createdAt;
  }

  @Override
  public Long getId() {
    return id;
  }

  public long getWorkspaceId() {
    return workspaceId;
  }

  public long getAuthorAccountId() {
    return authorAccountId;
  }

  public String getBody() {
    return body;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  @Override
  public String auditSummary() {
    String start = body.length() > 80 ? body.substring(0, 80) + "…" : body;
    return "Private note on workspace " + workspaceId + ": " + start;
  }

  /** In the organization's own trail: the partner must not learn of it from theirs. */
  @Override
  public AuditScope auditScope() {
    return AuditScope.OWN_TENANT;
  }
}
