package io.shoreline.portal.web.incidents;

import io.shoreline.portal.scorecards.incidents.Incident;
import io.shoreline.portal.scorecards.incidents.IncidentClosure;
import io.shoreline.portal.scorecards.incidents.Incidents;
import io.shoreline.portal.web.platform.RowParameters;
import io.shoreline.portal.web.platform.UserSettings;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDateTime;

/**
 * The changes on app/incident.xhtml, each as the person saw the incident (its version travels with
 * the form): its details, its root cause, its resolution when service was restored (on the viewer's
 * clock), each side's agreement to close it, and reopening it with a reason. The forms are filled
 * with what the incident says when the page opens.
 */
@Named
@RequestScoped
public class IncidentEditor {

  @Inject Incidents incidents;
  @Inject IncidentClosure closure;
  @Inject IncidentView view;
  @Inject UserSettings settings;

  private IncidentForm form = new IncidentForm();
  private String rootCause;
  private LocalDateTime endedAt;
  private String reason;

  void fill(Incident incident) {
    form = IncidentForm.of(incident, settings.getZone());
    rootCause = incident.getRootCause();
  }

  public String saveDetails() {
    return view.act(
        () -> incidents.change(view.getIncidentId(), seen(), form.details(settings.getZone())),
        "incidents.changed");
  }

  public String saveRootCause() {
    return view.act(
        () -> incidents.explain(view.getIncidentId(), seen(), rootCause), "incidents.explained");
  }

  public String resolve() {
    return view.act(
        () ->
            closure.resolve(
                view.getIncidentId(), seen(), IncidentForm.instant(endedAt, settings.getZone())),
        "incidents.resolved");
  }

  public String agreeToClose() {
    return view.act(() -> closure.agreeToClose(view.getIncidentId(), seen()), "incidents.agreed");
  }

  public String reopen() {
    return view.act(
        () -> closure.reopen(view.getIncidentId(), seen(), reason), "incidents.reopened");
  }

  private static long seen() {
    return RowParameters.version();
  }

  public IncidentForm getForm() {
    return form;
  }

  public String getRootCause() {
    return rootCause;
  }

  public void setRootCause(String rootCause) {
    this.rootCause = rootCause;
  }

  public LocalDateTime getEndedAt() {
    return endedAt;
  }

  public void setEndedAt(LocalDateTime endedAt) {
    this.endedAt = endedAt;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
