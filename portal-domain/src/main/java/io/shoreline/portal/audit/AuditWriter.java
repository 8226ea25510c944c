package io.shoreline.portal.audit;

import io.shoreline.portal.platform.TimeSource;
import io.shoreline.portal.tenancy.isolation.CurrentTenant;
import io.shoreline.portal.tenancy.isolation.TenantProperties;
import io.shoreline.portal.tenancy.isolation.TenantSql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * Turns a change into an audit event of the right trail: who (the request's caller, none at
 * start-up), which trail (the entity's scope), what (type, id, before and after).
 */
@ApplicationScoped
public class AuditWriter {

  private static final int SUMMARY_LENGTH = 1000;

  @Inject CurrentTenant tenant;
  @Inject TenantSql sql;
  @Inject TimeSource time;

  void write(PendingAudit.Change change) {
    Actor actor = actor();
    TenantSql.AuditRow row =
        new TenantSql.AuditRow(
            actor.account,
            actor.organization,
            change.action().name(),
            change.type().getSimpleName(),
            change.id(),
            clip(change.before()),
            clip(change.after()),
            time.now());
    AuditScope scope = resolve(change);
    if (scope.kind() == AuditScope.Kind.WORKSPACE) {
      sql.insertWorkspaceAudit(scope.tenantId(), row);
    } else {
      sql.insertOrganizationAudit(scope.tenantId(), row);
    }
  }

  /** The explicit scope, or the tenant the entity is stored in, which is the request's. */
  private AuditScope resolve(PendingAudit.Change change) {
    if (change.scope().kind() != AuditScope.Kind.OWN_TENANT) {
      return change.scope();
    }
    TenantDiscriminatorColumn column = change.type().getAnnotation(TenantDiscriminatorColumn.class);
    if (column == null) {
      throw new IllegalStateException(change.type() + " is global: give it an explicit scope");
    }
    return TenantProperties.WORKSPACE.equals(column.contextProperty())
        ? AuditScope.workspace(tenant.workspaceId().orElseThrow())
        : AuditScope.organization(tenant.organizationId().orElseThrow());
  }

  private Actor actor() {
    try {
      return new Actor(tenant.callerAccountId().orElse(null), tenant.organizationId().orElse(null));
    } catch (ContextNotActiveException e) {
      return new Actor(null, null); // start-up work: no person did it
    }
  }

  private static String clip(String summary) {
    return Optional.ofNullable(summary)
        .map(text -> text.length() > SUMMARY_LENGTH ? text.substring(0, SUMMARY_LENGTH) : text)
        .orElse(null);
  }

  private record Actor(Long account, Long organization) {}
}
