package io.shoreline.portal.web.visits;

import io.shoreline.portal.visits.ActionItems;
import io.shoreline.portal.visits.NewActionItem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;

/** The form of app/visit.xhtml that gives someone of either side an action item of the visit. */
@Named
@RequestScoped
public class ActionEditor {

  @Inject ActionItems actions;
  @Inject VisitView view;
  @Inject VisitChanges changes;

  private String title;
  private Long ownerId;
  private LocalDate due;
  private Long findingId;

  public String add() {
    return changes.run(
        () ->
            actions.create(
                view.getVisitId(),
                new NewActionItem(findingId, title, ownerId == null ? 0 : ownerId, due)),
        "actions.created");
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

  public Long getFindingId() {
    return findingId;
  }

  public void setFindingId(Long findingId) {
    this.findingId = findingId;
  }
}
