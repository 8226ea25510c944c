package io.shoreline.portal.audit;

/**
 * The trail a change belongs to: a workspace's (both sides see it) or an organization's (only it
 * sees it). {@link #OWN_TENANT} means the tenant the entity is stored in, for the request's tenant.
 */
public record AuditScope(Kind kind, Long tenantId) {

  public enum Kind {
    WORKSPACE,
    ORGANIZATION,
    OWN_TENANT
  }

  public static final AuditScope OWN_TENANT = new AuditScope(Kind.OWN_TENANT, null);

  public static AuditScope workspace(long id) {
    return new AuditScope(Kind.WORKSPACE, id);
  }

  public static AuditScope organization(long id) {
    return new AuditScope(Kind.ORGANIZATION, id);
  }
}
