package io.shoreline.portal.tenancy.isolation;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.eclipse.persistence.config.QueryHints;

/**
 * The one reviewed class that sends native SQL or bulk statements to tenant tables. EclipseLink
 * adds no tenant predicate to them (eclipselink#639), so each statement here names its tenant
 * column itself, from an id the caller got from the server side. {@code TenantSqlRuleTest} fails
 * the build when native SQL or bulk UPDATE/DELETE appears anywhere else.
 */
@Stateless
public class TenantSql {

  private static final String AUDIT_COLUMNS =
      "(actor_account_id, actor_organization_id, action, subject_type, subject_id,"
          + " before_summary, summary, occurred_at, %s) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

  @PersistenceContext EntityManager em;

  /** An audit event's columns, but for its tenant. */
  public record AuditRow(
      Long actorAccount,
      Long actorOrganization,
      String action,
      String subjectType,
      Long subjectId,
      String before,
      String after,
      Instant at) {}

  /** Appends to a workspace's trail, which may not be the request's workspace (an invitation). */
  public void insertWorkspaceAudit(long workspaceId, AuditRow row) {
    insert("INSERT INTO audit_event " + AUDIT_COLUMNS.formatted("workspace_id"), row, workspaceId);
  }

  /** Appends to an organization's trail. */
  public void insertOrganizationAudit(long organizationId, AuditRow row) {
    insert(
        "INSERT INTO organization_audit_event " + AUDIT_COLUMNS.formatted("organization_id"),
        row,
        organizationId);
  }

  private void insert(String statement, AuditRow row, long tenant) {
    Query insert = em.createNativeQuery(statement);
    insert.setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true);
    insert.setParameter(1, row.actorAccount());
    insert.setParameter(2, row.actorOrganization());
    insert.setParameter(3, row.action());
    insert.setParameter(4, row.subjectType());
    insert.setParameter(5, row.subjectId());
    insert.setParameter(6, row.before());
    insert.setParameter(7, row.after());
    // stored as UTC, like UtcInstantConverter stores every Instant
    insert.setParameter(8, LocalDateTime.ofInstant(row.at(), ZoneOffset.UTC));
    insert.setParameter(9, tenant);
    insert.executeUpdate();
  }
}
