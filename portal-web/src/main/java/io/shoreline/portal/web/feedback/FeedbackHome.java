package io.shoreline.portal.web.feedback;

import io.shoreline.portal.scorecards.feedback.Feedback;
import io.shoreline.portal.scorecards.feedback.FeedbackFilter;
import io.shoreline.portal.scorecards.feedback.FeedbackItem;
import io.shoreline.portal.web.platform.Outcomes;
import io.shoreline.portal.web.platform.Tenants;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.function.Supplier;

/**
 * The workspace home's feedback: for the client, the flagged items it made nothing of yet; for the
 * vendor, the latest items recorded.
 */
@Named
@RequestScoped
public class FeedbackHome {

  static final int SHOWN = 5;

  @Inject Tenants tenants;
  @Inject Feedback feedback;
  @Inject Outcomes outcomes;

  private Boolean client;
  private List<FeedbackItem> items;
  private Long count;

  public boolean isClient() {
    if (client == null) {
      client = read(feedback::isClientSide, false);
    }
    return client;
  }

  public List<FeedbackItem> getItems() {
    if (items == null) {
      items =
          read(
              () ->
                  isClient()
                      ? feedback.unanswered(SHOWN)
                      : feedback.page(FeedbackFilter.ALL, 0, SHOWN),
              List.of());
    }
    return items;
  }

  /** The client's flagged items not answered yet; the vendor's items in all. */
  public long getCount() {
    if (count == null) {
      count =
          read(
              () -> isClient() ? feedback.countUnanswered() : feedback.count(FeedbackFilter.ALL),
              0L);
    }
    return count;
  }

  private <T> T read(Supplier<T> reading, T otherwise) {
    return outcomes
        .attempt(
            () -> {
              tenants.workspace();
              return reading.get();
            })
        .orElse(otherwise);
  }
}
