package io.shoreline.portal.web.visits;

import io.shoreline.portal.tenancy.Partnership;
import io.shoreline.portal.tenancy.isolation.CallerMembership;
import io.shoreline.portal.visits.SiteVisit;
import io.shoreline.portal.visits.SiteVisits;
import io.shoreline.portal.web.platform.Outcomes;
import io.shoreline.portal.web.platform.PagedRows;
import io.shoreline.portal.web.platform.Tenants;
import io.shoreline.portal.web.platform.UserSettings;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.ScheduleModel;

/**
 * Backing bean of app/visits.xhtml?w=ID: the workspace's visits in a calendar and in a list, each
 * in the viewer's time zone, and the way to plan one.
 */
@Named
@RequestScoped
public class VisitList {

  public static final int PAGE_SIZE = 20;

  @Inject Tenants tenants;
  @Inject SiteVisits visits;
  @Inject CallerMembership member;
  @Inject UserSettings settings;
  @Inject Outcomes outcomes;

  private LazyDataModel<SiteVisit> model;
  private ScheduleModel calendar;
  private Partnership workspace;

  @PostConstruct
  void createModels() {
    model =
        new PagedRows<>(
            outcomes,
            () -> {
              tenants.workspace();
              return visits.count();
            },
            (first, max) -> {
              tenants.workspace();
              return visits.page(first, max);
            },
            SiteVisit::getId);
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

  public ScheduleModel getCalendar() {
    if (calendar == null) {
      String url =
          FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
              + "/app/visit.xhtml?w="
              + tenants.getWorkspaceId()
              + "&v=";
      calendar =
          new VisitCalendar(
              (from, to) ->
                  outcomes
                      .attempt(
                          () -> {
                            tenants.workspace();
                            return visits.between(from, to);
                          })
                      .orElse(List.of()),
              settings.getZone(),
              url);
    }
    return calendar;
  }

  public boolean isCanWrite() {
    return outcomes
        .attempt(
            () -> {
              tenants.workspace();
              return member.canWrite();
            })
        .orElse(false);
  }

  public LazyDataModel<SiteVisit> getModel() {
    return model;
  }

  public int getPageSize() {
    return PAGE_SIZE;
  }
}
