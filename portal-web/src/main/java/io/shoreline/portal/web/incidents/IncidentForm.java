package io.shoreline.portal.web.incidents;

import io.shoreline.portal.scorecards.incidents.Incident;
import io.shoreline.portal.scorecards.incidents.IncidentCategory;
import io.shoreline.portal.scorecards.incidents.IncidentDetails;
import io.shoreline.portal.scorecards.incidents.Severity;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * The fields of an incident's details as a form holds them: the start on the viewer's clock, turned
 * into an instant in the viewer's zone when the form is sent.
 */
public class IncidentForm {

  private String title;
  private Severity severity;
  private IncidentCategory category;
  private LocalDateTime startedAt;
  private Integer callsAffected;
  private String impact;

  /** The form filled with what the incident says now, on the viewer's clock. */
  static IncidentForm of(Incident incident, ZoneId zone) {
    IncidentForm form = new IncidentForm();
    form.title = incident.getTitle();
    form.severity = incident.getSeverity();
    form.category = incident.getCategory();
    form.startedAt = LocalDateTime.ofInstant(incident.getStartedAt(), zone);
    form.callsAffected = incident.getCallsAffected();
    form.impact = incident.getImpact();
    return form;
  }

  IncidentDetails details(ZoneId zone) {
    return new IncidentDetails(
        title, severity, category, instant(startedAt, zone), callsAffected, impact);
  }

  /** A date-time the viewer entered on their clock; none stays none. */
  static Instant instant(LocalDateTime local, ZoneId zone) {
    return local == null ? null : local.atZone(zone).toInstant();
  }

  public Severity[] getSeverities() {
    return Severity.values();
  }

  public IncidentCategory[] getCategories() {
    return IncidentCategory.values();
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public Severity getSeverity() {
    return severity;
  }

  public void setSeverity(Severity severity) {
    this.severity = severity;
  }

  public IncidentCategory getCategory() {
    return category;
  }

  public void setCategory(IncidentCategory category) {
    this.category = category;
  }

  public LocalDateTime getStartedAt() {
    return startedAt;
  }

  public void setStartedAt(LocalDateTime startedAt) {
    this.startedAt = startedAt;
  }

  public Integer getCallsAffected() {
    return callsAffected;
  }

  public void setCallsAffected(Integer callsAffected) {
    this.callsAffected = callsAffected;
  }

  public String getImpact() {
    return impact;
  }

  public void setImpact(String impact) {
    this.impact = impact;
  }
}
