package io.shoreline.portal.web.visits;

import io.shoreline.portal.tenancy.Membership;
import io.shoreline.portal.tenancy.Partnership;
import io.shoreline.portal.tenancy.isolation.CallerMembership;
import io.shoreline.portal.visits.AccountNames;
import io.shoreline.portal.visits.ActionComment;
import io.shoreline.portal.visits.ActionItem;
import io.shoreline.portal.visits.ActionItems;
import io.shoreline.portal.visits.ActionStatus;
import io.shoreline.portal.visits.Finding;
import io.shoreline.portal.visits.Findings;
import io.shoreline.portal.visits.SiteVisit;
import io.shoreline.portal.visits.SiteVisits;
import io.shoreline.portal.web.platform.Dates;
import io.shoreline.portal.web.platform.FacesMessages;
import io.shoreline.portal.web.platform.Ids;
import io.shoreline.portal.web.platform.Outcomes;
import io.shoreline.portal.web.platform.RowParameters;
import io.shoreline.portal.web.platform.Tenants;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Backing bean of app/action-item.xhtml?w=ID&id=ID: one action item with its visit, the finding it
 * comes from and its comments; its owner, its creator or a coordinator moves it along or gives it
 * to someone else, any writer comments. Each form posts the version it showed: a change made
 * meanwhile is refused, not overwritten.
 */
@Named
@RequestScoped
public class ActionItemView {

  @Inject Tenants tenants;
  @Inject ActionItems actions;
  @Inject SiteVisits visits;
  @Inject Findings findings;
  @Inject WorkspaceMembers members;
  @Inject AccountNames names;
  @Inject CallerMembership member;
  @Inject Dates dates;
  @Inject Outcomes outcomes;
  @Inject FacesMessages messages;

  private String id;
  private boolean loaded;
  private ActionItem item;
  private SiteVisit visit;
  private Finding finding;
  private List<ActionComment> comments;
  private Map<Long, String> people = Map.of();
  private ActionStatus status;
  private Long ownerId;
  private LocalDate dueOn;
  private String text;

  /** The view action: the workspace, then the item, or 404. */
  public void open() {
    getItem();
  }

  public ActionItem getItem() {
    if (!loaded) {
      loaded = true;
      outcomes.attempt(
          () -> {
            tenants.workspace();
            item = actions.find(itemId());
            visit = item.getVisitId() == null ? null : visits.find(item.getVisitId());
            finding = item.getFindingId() == null ? null : findings.find(item.getFindingId());
            comments = actions.comments(item.getId());
            List<Long> ids = new ArrayList<>(List.of(item.getOwnerId()));
            comments.forEach(comment -> ids.add(comment.getAuthorId()));
            this.people = names.of(ids);
          });
    }
    return item;
  }

  public String move() {
    return change(
        () -> actions.move(itemId(), RowParameters.version(), status), "actionItem.moved");
  }

  public String reassign() {
    return change(
        () ->
            actions.reassign(
                itemId(), RowParameters.version(), ownerId == null ? 0 : ownerId, dueOn),
        "actionItem.reassigned");
  }

  public String comment() {
    return change(() -> actions.comment(itemId(), text), "actionItem.commented");
  }

  private String change(Runnable change, String done) {
    boolean changed =
        outcomes.attempt(
            () -> {
              tenants.workspace();
              change.run();
              messages.info(done);
            });
    return changed
        ? "/app/action-item?faces-redirect=true&w=" + tenants.getWorkspaceId() + "&id=" + itemId()
        : null;
  }

  /** Viewers read; the domain decides who of the writers may change what. */
  public boolean isCanWrite() {
    return outcomes
        .attempt(
            () -> {
              tenants.workspace();
              return member.canWrite();
            })
        .orElse(false);
  }

  public boolean isOverdue() {
    return getItem() != null && item.isOverdueOn(dates.today());
  }

  /** Who may own it: the members of either side who can write. */
  public List<Membership> getCandidates() {
    return members.owners();
  }

  public String ownerName() {
    return getItem() == null ? "" : people.getOrDefault(item.getOwnerId(), "#" + item.getOwnerId());
  }

  public String commenter(ActionComment comment) {
    return people.getOrDefault(comment.getAuthorId(), "#" + comment.getAuthorId());
  }

  public ActionStatus[] getStatuses() {
    return ActionStatus.values();
  }

  public Partnership getWorkspace() {
    return outcomes.attempt(() -> tenants.workspace().getPartnership()).orElse(null);
  }

  public SiteVisit getVisit() {
    getItem();
    return visit;
  }

  public Finding getFinding() {
    getItem();
    return finding;
  }

  public List<ActionComment> getComments() {
    getItem();
    return comments == null ? List.of() : comments;
  }

  /** The view parameter on a GET, the form's hidden "id" on a postback. */
  private long itemId() {
    return Ids.parse(id != null ? id : RowParameters.parameter("id"), "action item");
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public ActionStatus getStatus() {
    return status != null || getItem() == null ? status : item.getStatus();
  }

  public void setStatus(ActionStatus status) {
    this.status = status;
  }

  public Long getOwnerId() {
    return ownerId != null || getItem() == null ? ownerId : item.getOwnerId();
  }

  public void setOwnerId(Long ownerId) {
    this.ownerId = ownerId;
  }

  public LocalDate getDueOn() {
    return dueOn != null || getItem() == null ? dueOn : item.getDueOn();
  }

  public void setDueOn(LocalDate dueOn) {
    this.dueOn = dueOn;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }
}
