package io.shoreline.portal.web.audit;

import io.shoreline.portal.audit.AuditEvent;
import io.shoreline.portal.audit.AuditTrail;
import io.shoreline.portal.web.platform.Outcomes;
import io.shoreline.portal.web.platform.Tenants;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A workspace's audit trail for a lazy table: one page and the count from the database, the page's
 * actors' names in one more query.
 */
class ActivityPage extends LazyDataModel<AuditEvent> {

  private static final long serialVersionUID = 1L;

  // request-scoped and EJB proxies: the model never outlives its request
  private final transient Tenants tenants;
  private final transient AuditTrail trail;
  private final transient AuditLines lines;
  private final transient Outcomes outcomes;

  ActivityPage(Tenants tenants, AuditTrail trail, AuditLines lines, Outcomes outcomes) {
    this.tenants = tenants;
    this.trail = trail;
    this.lines = lines;
    this.outcomes = outcomes;
  }

  @Override
  public int count(Map<String, FilterMeta> filters) {
    return outcomes
        .attempt(
            () -> {
              tenants.workspace();
              return Math.toIntExact(trail.count());
            })
        .orElse(0);
  }

  @Override
  public List<AuditEvent> load(
      int first, int size, Map<String, SortMeta> sorts, Map<String, FilterMeta> filters) {
    return outcomes
        .attempt(
            () -> {
              tenants.workspace();
              return lines.withActors(trail.recent(first, size));
            })
        .orElse(List.of());
  }

  @Override
  public String getRowKey(AuditEvent event) {
    return String.valueOf(event.getId());
  }
}
