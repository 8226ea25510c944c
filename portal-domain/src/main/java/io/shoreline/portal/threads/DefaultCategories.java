package io.shoreline.portal.threads;

import io.shoreline.portal.tenancy.WorkspaceOpened;
import io.shoreline.portal.tenancy.isolation.TenantSql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Every workspace starts with these categories, in the transaction that opens it. Written through
 * {@link TenantSql}: the opening request's tenant is an organization, not yet this workspace.
 */
@ApplicationScoped
public class DefaultCategories {

  static final List<String> NAMES = List.of("General", "Escalation", "Training", "Operations");

  @Inject TenantSql sql;

  void startWithDefaults(@Observes WorkspaceOpened opened) {
    sql.insertDefaultCategories(opened.workspaceId(), NAMES);
  }
}
