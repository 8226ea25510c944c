package io.shoreline.portal.web.audit;

import io.shoreline.portal.audit.AuditEvent;
import io.shoreline.portal.audit.AuditTrail;
import io.shoreline.portal.tenancy.Partnership;
import io.shoreline.portal.web.platform.Outcomes;
import io.shoreline.portal.web.platform.PagedRows;
import io.shoreline.portal.web.platform.Tenants;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.LazyDataModel;

/**
 * Backing bean of app/activity.xhtml?w=ID: the workspace's whole audit trail, newest first, for its
 * members on both sides, a page at a time.
 */
@Named
@RequestScoped
public class WorkspaceActivity {

  public static final int PAGE_SIZE = 25;

  @Inject Tenants tenants;
  @Inject AuditTrail trail;
  @Inject AuditLines lines;
  @Inject Outcomes outcomes;

  private LazyDataModel<AuditEvent> model;
  private Partnership workspace;

  @PostConstruct
  void createModel() {
    model =
        new PagedRows<>(
            outcomes,
            () -> {
              tenants.workspace();
              return trail.count();
            },
            (first, max) -> {
              tenants.workspace();
              return lines.withActors(trail.recent(first, max));
            },
            AuditEvent::getId);
  }

  /** The view action: checks membership before anything of the workspace is read. */
  public void open() {
    getWorkspace();
  }

  public Partnership getWorkspace() {
    if (workspace == null) {
      workspace = outcomes.attempt(() -> tenants.workspace().getPartnership()).orElse(null);
    }
    return workspace;
  }

  public LazyDataModel<AuditEvent> getModel() {
    return model;
  }

  public int getPageSize() {
    return PAGE_SIZE;
  }
}
