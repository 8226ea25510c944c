package io.shoreline.portal.web.feedback;

import io.shoreline.portal.scorecards.feedback.FeedbackFollowUps;
import io.shoreline.portal.tenancy.Membership;
import io.shoreline.portal.threads.Conversation;
import io.shoreline.portal.threads.ThreadCategories;
import io.shoreline.portal.threads.ThreadCategory;
import io.shoreline.portal.visits.NewActionItem;
import io.shoreline.portal.web.platform.FacesMessages;
import io.shoreline.portal.web.platform.Outcomes;
import io.shoreline.portal.web.platform.RowParameters;
import io.shoreline.portal.web.platform.Tenants;
import io.shoreline.portal.web.visits.WorkspaceMembers;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;

/**
 * The client's forms of app/feedback-item.xhtml: a thread that quotes the item (the thread opens),
 * and an action item for a member of either side who may write, with a due date.
 */
@Named
@RequestScoped
public class FeedbackFollowUpForm {

  @Inject Tenants tenants;
  @Inject FeedbackFollowUps followUps;
  @Inject ThreadCategories categories;
  @Inject FeedbackItemView view;
  @Inject WorkspaceMembers members;
  @Inject Outcomes outcomes;
  @Inject FacesMessages messages;

  private Long categoryId;
  private String note;
  private String title;
  private Long ownerId;
  private LocalDate due;

  public String toThread() {
    return outcomes
        .attempt(
            () -> {
              tenants.workspace();
              Conversation thread =
                  followUps.toThread(
                      view.getItemId(),
                      RowParameters.version(),
                      categoryId == null ? 0 : categoryId,
                      note);
              messages.info("feedback.threadStarted");
              return "/app/thread?faces-redirect=true&w="
                  + tenants.getWorkspaceId()
                  + "&t="
                  + thread.getId();
            })
        .orElse(null);
  }

  public String toAction() {
    return view.act(
        () ->
            followUps.toAction(
                view.getItemId(),
                RowParameters.version(),
                new NewActionItem(null, title, ownerId == null ? 0 : ownerId, due)),
        "feedback.actionGiven");
  }

  public List<ThreadCategory> getCategories() {
    return view.read(() -> categories.all()).orElse(List.of());
  }

  /** Members of either side but viewers, client first. */
  public List<Membership> getOwners() {
    return members.owners();
  }

  public Long getCategoryId() {
    return categoryId;
  }

  public void setCategoryId(Long categoryId) {
    this.categoryId = categoryId;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
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
