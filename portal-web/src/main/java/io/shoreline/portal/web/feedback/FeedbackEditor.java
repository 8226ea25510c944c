package io.shoreline.portal.web.feedback;

import io.shoreline.portal.scorecards.feedback.Feedback;
import io.shoreline.portal.scorecards.feedback.FeedbackItem;
import io.shoreline.portal.web.platform.RowParameters;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The changes on app/feedback-item.xhtml, each as the person saw the item (its version travels with
 * the form): the vendor's correction, and flagging it for the client's attention or no longer.
 */
@Named
@RequestScoped
public class FeedbackEditor {

  @Inject Feedback feedback;
  @Inject FeedbackItemView view;

  private FeedbackFields fields = new FeedbackFields();

  void fill(FeedbackItem item) {
    fields = FeedbackFields.of(item);
  }

  public String correct() {
    return view.act(
        () -> feedback.correct(view.getItemId(), seen(), fields.details()), "feedback.corrected");
  }

  public String flag() {
    return view.act(() -> feedback.flag(view.getItemId(), seen(), true), "feedback.flaggedDone");
  }

  public String unflag() {
    return view.act(() -> feedback.flag(view.getItemId(), seen(), false), "feedback.unflaggedDone");
  }

  private static long seen() {
    return RowParameters.version();
  }

  public FeedbackFields getFields() {
    return fields;
  }
}
