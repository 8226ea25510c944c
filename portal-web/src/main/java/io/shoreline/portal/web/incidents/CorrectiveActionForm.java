package io.shoreline.portal.web.incidents;

import io.shoreline.portal.scorecards.incidents.Incidents;
import io.shoreline.portal.tenancy.Membership;
import io.shoreline.portal.visits.NewActionItem;
import io.shoreline.portal.web.visits.WorkspaceMembers;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;

/**
 * The form of app/incident.xhtml that gives a corrective action to a member of either side who may
 * write, with a due date; the action item links back to the incident.
 */
@Named
@RequestScoped
public class CorrectiveActionForm {

  @Inject Incidents incidents;
  @Inject IncidentView view;
  @Inject WorkspaceMembers members;

  private String title;
  private Long ownerId;
  private LocalDate due;

  public String add() {
    return view.act(
        () ->
            incidents.addCorrectiveAction(
                view.getIncidentId(),
                new NewActionItem(null, title, ownerId == null ? 0 : ownerId, due)),
        "incidents.actionAdded");
  }

  /** Members of either side but viewers, client first. */
  public List<Membership> getOwners() {
    return members.owners();
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public Long getOwnerId() {
    return ownerId;
  }

  public void setOwnerId(Long ownerId) {
    this.ownerId = ownerId;
  }

  public LocalDate getDue() {
    return due;
  }

  public void setDue(LocalDate due) {
    this.due = due;
  }
}
