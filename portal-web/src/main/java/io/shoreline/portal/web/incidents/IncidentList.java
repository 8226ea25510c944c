package io.shoreline.portal.web.incidents;

import io.shoreline.portal.scorecards.incidents.Incident;
import io.shoreline.portal.scorecards.incidents.IncidentDetails;
import io.shoreline.portal.scorecards.incidents.IncidentFilter;
import io.shoreline.portal.scorecards.incidents.Incidents;
import io.shoreline.portal.tenancy.Partnership;
import io.shoreline.portal.tenancy.isolation.CallerMembership;
import io.shoreline.portal.web.platform.FacesMessages;
import io.shoreline.portal.web.platform.Outcomes;
import io.shoreline.portal.web.platform.PagedRows;
import io.shoreline.portal.web.platform.RowParameters;
import io.shoreline.portal.web.platform.Tenants;
import io.shoreline.portal.web.platform.UserSettings;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDateTime;
import java.util.Locale;
import org.primefaces.model.LazyDataModel;

/**
 * Backing bean of app/incidents.xhtml?w=ID[&show=open|resolved|closed|all]: the workspace's
 * incidents (all of them, open ones first, by default), and for those who may write the form that
 * reports one, its times entered on the viewer's clock.
 */
@Named
@RequestScoped
public class IncidentList {

  public static final int PAGE_SIZE = 20;

  @Inject Tenants tenants;
  @Inject Incidents incidents;
  @Inject CallerMembership member;
  @Inject UserSettings settings;
  @Inject Outcomes outcomes;
  @Inject FacesMessages messages;

  private LazyDataModel<Incident> model;
  private Partnership workspace;
  private String show;
  private final IncidentForm form = new IncidentForm();
  private LocalDateTime endedAt;

  @PostConstruct
  void createModel() {
    model =
        new PagedRows<>(
            outcomes,
            () -> {
              tenants.workspace();
              return incidents.count(getFilter());
            },
            (first, max) -> {
              tenants.workspace();
              return incidents.page(getFilter(), first, max);
            },
            Incident::getId);
  }

  /** The view action: checks membership before anything of the workspace is read. */
  public void open() {
    getWorkspace();
  }

  public String report() {
    return outcomes
        .attempt(
            () -> {
              tenants.workspace();
              IncidentDetails details = form.details(settings.getZone());
              Incident incident =
                  incidents.report(details, IncidentForm.instant(endedAt, settings.getZone()));
              messages.info("incidents.reported", incident.getTitle());
              return "/app/incident?faces-redirect=true&w="
                  + tenants.getWorkspaceId()
                  + "&id="
                  + incident.getId();
            })
        .orElse(null);
  }

  public Partnership getWorkspace() {
    if (workspace == null) {
      workspace = outcomes.attempt(() -> tenants.workspace().getPartnership()).orElse(null);
    }
    return workspace;
  }

  public boolean isCanReport() {
    return outcomes
        .attempt(
            () -> {
              tenants.workspace();
              return member.canWrite();
            })
        .orElse(false);
  }

  /** The filter named in "show" (the view parameter, or the form's field on a postback). */
  public IncidentFilter getFilter() {
    String named = getShow();
    try {
      return named == null || named.isBlank()
          ? IncidentFilter.ALL
          : IncidentFilter.valueOf(named.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      return IncidentFilter.ALL;
    }
  }

  public IncidentFilter[] getFilters() {
    return IncidentFilter.values();
  }

  public LazyDataModel<Incident> getModel() {
    return model;
  }

  public int getPageSize() {
    return PAGE_SIZE;
  }

  public String getShow() {
    return show != null ? show : RowParameters.parameter("show");
  }

  public void setShow(String show) {
    this.show = show;
  }

  /** The report's fields. */
  public IncidentForm getForm() {
    return form;
  }

  public LocalDateTime getEndedAt() {
    return endedAt;
  }

  public void setEndedAt(LocalDateTime endedAt) {
    this.endedAt = endedAt;
  }
}
