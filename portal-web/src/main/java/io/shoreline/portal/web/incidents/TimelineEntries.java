package io.shoreline.portal.web.incidents;

import io.shoreline.portal.scorecards.incidents.Incidents;
import io.shoreline.portal.scorecards.incidents.TimelineEntry;
import io.shoreline.portal.web.platform.Outcomes;
import io.shoreline.portal.web.platform.PagedRows;
import io.shoreline.portal.web.platform.Tenants;
import io.shoreline.portal.web.platform.UserSettings;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDateTime;
import org.primefaces.model.LazyDataModel;

/**
 * The timeline on app/incident.xhtml, paged in the database in the order things happened, and the
 * form that adds a line to it (the time on the viewer's clock).
 */
@Named
@RequestScoped
public class TimelineEntries {

  public static final int PAGE_SIZE = 50;

  @Inject Tenants tenants;
  @Inject Incidents incidents;
  @Inject IncidentView view;
  @Inject UserSettings settings;
  @Inject Outcomes outcomes;

  private LazyDataModel<TimelineEntry> model;
  private LocalDateTime happenedAt;
  private String text;

  @PostConstruct
  void createModel() {
    model =
        new PagedRows<>(
            outcomes,
            () -> {
              tenants.workspace();
              return incidents.countEntries(view.getIncidentId());
            },
            (first, max) -> {
              tenants.workspace();
              return incidents.entries(view.getIncidentId(), first, max);
            },
            row -> row.entry().getId());
  }

  public String add() {
    return view.act(
        () ->
            incidents.addEntry(
                view.getIncidentId(), IncidentForm.instant(happenedAt, settings.getZone()), text),
        "incidents.entryAdded");
  }

  public LazyDataModel<TimelineEntry> getModel() {
    return model;
  }

  public int getPageSize() {
    return PAGE_SIZE;
  }

  public LocalDateTime getHappenedAt() {
    return happenedAt;
  }

  public void setHappenedAt(LocalDateTime happenedAt) {
    this.happenedAt = happenedAt;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }
}
