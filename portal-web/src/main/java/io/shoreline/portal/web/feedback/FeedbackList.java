package io.shoreline.portal.web.feedback;

import io.shoreline.portal.scorecards.feedback.Feedback;
import io.shoreline.portal.scorecards.feedback.FeedbackChannel;
import io.shoreline.portal.scorecards.feedback.FeedbackItem;
import io.shoreline.portal.scorecards.feedback.Sentiment;
import io.shoreline.portal.tenancy.Partnership;
import io.shoreline.portal.web.platform.Outcomes;
import io.shoreline.portal.web.platform.PagedRows;
import io.shoreline.portal.web.platform.Tenants;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.function.Supplier;
import org.primefaces.model.LazyDataModel;

/**
 * Backing bean of
 * app/feedback.xhtml?w=ID[&from=&to=&topic=&channel=&sentiment=&flagged=&delighted=]: the
 * workspace's feedback items of the filter, latest received first, paged in the database.
 */
@Named
@RequestScoped
public class FeedbackList {

  public static final int PAGE_SIZE = 20;

  @Inject Tenants tenants;
  @Inject Feedback feedback;
  @Inject FeedbackQuery query;
  @Inject Outcomes outcomes;

  private LazyDataModel<FeedbackItem> model;
  private Partnership workspace;
  private List<String> topics;

  @PostConstruct
  void createModel() {
    model =
        new PagedRows<>(
            outcomes,
            () -> {
              tenants.workspace();
              return feedback.count(query.filter());
            },
            (first, max) -> {
              tenants.workspace();
              return feedback.page(query.filter(), first, max);
            },
            FeedbackItem::getId);
  }

  /** The view action: checks membership before anything of the workspace is read. */
  public void open() {
    getWorkspace();
  }

  public Partnership getWorkspace() {
    if (workspace == null) {
      workspace = outcomes.attempt(() -> tenants.workspace().getPartnership()).orElse(null);
    }
    return workspace;
  }

  public boolean isCanRecord() {
    return read(feedback::canRecord, false);
  }

  /** The topics used so far, for the filter. */
  public List<String> getTopics() {
    if (topics == null) {
      topics = read(feedback::topics, List.of());
    }
    return topics;
  }

  public FeedbackChannel[] getChannels() {
    return FeedbackChannel.values();
  }

  public Sentiment[] getSentiments() {
    return Sentiment.values();
  }

  public LazyDataModel<FeedbackItem> getModel() {
    return model;
  }

  public int getPageSize() {
    return PAGE_SIZE;
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
