package io.shoreline.portal.web.feedback;

import io.shoreline.portal.scorecards.feedback.Feedback;
import io.shoreline.portal.scorecards.feedback.FeedbackItem;
import io.shoreline.portal.web.platform.Dates;
import io.shoreline.portal.web.platform.FacesMessages;
import io.shoreline.portal.web.platform.Outcomes;
import io.shoreline.portal.web.platform.Tenants;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The form of app/feedback.xhtml where a vendor's member records an item (received today). */
@Named
@RequestScoped
public class FeedbackForm {

  @Inject Tenants tenants;
  @Inject Feedback feedback;
  @Inject Outcomes outcomes;
  @Inject FacesMessages messages;
  @Inject Dates dates;

  private final FeedbackFields fields = new FeedbackFields();
  private boolean flagged;

  @PostConstruct
  void today() {
    fields.setReceivedOn(dates.today());
  }

  public String record() {
    return outcomes
        .attempt(
            () -> {
              tenants.workspace();
              FeedbackItem item = feedback.record(fields.details(), flagged);
              messages.info("feedback.recorded", item.getTopic());
              return "/app/feedback-item?faces-redirect=true&w="
                  + tenants.getWorkspaceId()
                  + "&id="
                  + item.getId();
            })
        .orElse(null);
  }

  public FeedbackFields getFields() {
    return fields;
  }

  public boolean isFlagged() {
    return flagged;
  }

  public void setFlagged(boolean flagged) {
    this.flagged = flagged;
  }
}
