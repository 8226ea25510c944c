package io.shoreline.portal.web.feedback;

import io.shoreline.portal.scorecards.feedback.Feedback;
import io.shoreline.portal.scorecards.feedback.FeedbackItem;
import io.shoreline.portal.tenancy.Partnership;
import io.shoreline.portal.tenancy.isolation.CallerMembership;
import io.shoreline.portal.visits.AccountNames;
import io.shoreline.portal.web.platform.FacesMessages;
import io.shoreline.portal.web.platform.Ids;
import io.shoreline.portal.web.platform.Outcomes;
import io.shoreline.portal.web.platform.RowParameters;
import io.shoreline.portal.web.platform.Tenants;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Backing bean of app/feedback-item.xhtml?w=ID&id=ITEM: what the item says, who recorded it, what
 * the client made of it, and which steps the viewer may take. The forms are {@link FeedbackEditor}
 * and {@link FeedbackFollowUpForm}.
 */
@Named
@RequestScoped
public class FeedbackItemView {

  @Inject Tenants tenants;
  @Inject Feedback feedback;
  @Inject CallerMembership member;
  @Inject AccountNames names;
  @Inject FeedbackEditor editor;
  @Inject Outcomes outcomes;
  @Inject FacesMessages messages;

  private String id;
  private FeedbackItem item;

  /** The view action: membership, then the item (another workspace's answers 404). */
  public void open() {
    if (getItem() != null) {
      editor.fill(getItem());
    }
  }

  public FeedbackItem getItem() {
    if (item == null) {
      item = read(() -> feedback.find(getItemId())).orElse(null);
    }
    return item;
  }

  public Partnership getWorkspace() {
    return read(() -> member.get().getPartnership()).orElse(null);
  }

  /** The person who recorded it, or the system (its token) when no person did. */
  public String getRecordedByName() {
    FeedbackItem shown = getItem();
    if (shown == null) {
      return "";
    }
    if (shown.getRecordedBy() == null) {
      return shown.getSource();
    }
    return names.of(List.of(shown.getRecordedBy())).getOrDefault(shown.getRecordedBy(), "");
  }

  /**
   * The version the page's forms carry: the item's, or on a refused postback the one the person
   * sent, so that a form made on a stale page is refused again until they reload it.
   */
  public long getSeenVersion() {
    String sent = RowParameters.parameter("version");
    if (sent != null) {
      return RowParameters.version(sent);
    }
    return getItem() == null ? -1 : getItem().getVersion();
  }

  /** Runs a step on the item; done, back to its page with the confirmation. */
  String act(Runnable step, String done) {
    boolean ok =
        outcomes.attempt(
            () -> {
              tenants.workspace();
              step.run();
            });
    if (!ok) {
      return null;
    }
    messages.info(done);
    return "/app/feedback-item?faces-redirect=true&w="
        + tenants.getWorkspaceId()
        + "&id="
        + getItemId();
  }

  public boolean isCanCorrect() {
    return getItem() != null && read(feedback::canRecord).orElse(false);
  }

  public boolean isCanFlag() {
    return getItem() != null && read(feedback::canFlag).orElse(false);
  }

  public boolean isCanMakeThread() {
    return getItem() != null
        && getItem().getConversationId() == null
        && read(feedback::canFollowUp).orElse(false);
  }

  public boolean isCanMakeAction() {
    return getItem() != null
        && getItem().getActionItemId() == null
        && read(feedback::canFollowUp).orElse(false);
  }

  public long getItemId() {
    return Ids.parse(getId(), "feedback item");
  }

  public String getId() {
    return id != null ? id : RowParameters.parameter("id");
  }

  public void setId(String id) {
    this.id = id;
  }

  <T> Optional<T> read(Supplier<T> reading) {
    return outcomes.attempt(
        () -> {
          tenants.workspace();
          return reading.get();
        });
  }
}
