package io.shoreline.portal.web.isolation;

import static io.shoreline.portal.testing.DemoLogins.ATLAS_ADMIN;

import io.shoreline.portal.scorecards.feedback.Feedback;
import io.shoreline.portal.scorecards.feedback.FeedbackChannel;
import io.shoreline.portal.scorecards.feedback.FeedbackDetails;
import io.shoreline.portal.scorecards.feedback.FeedbackFilter;
import io.shoreline.portal.scorecards.feedback.FeedbackItem;
import io.shoreline.portal.scorecards.feedback.Sentiment;
import io.shoreline.portal.tenancy.isolation.TenantAccess;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;

/**
 * Two feedback items of one workspace, recorded by Atlas (made once): one not flagged, whose page
 * offers the client to flag it, start a thread or give an action, and one flagged, whose page
 * offers to unflag it. Ids go under the prefix.
 */
@RequestScoped
public class FeedbackVictims {

  private static final String PLAIN = "Adversarial feedback";
  private static final String FLAGGED = "Adversarial flagged feedback";

  @Inject TenantAccess access;
  @Inject Feedback feedback;

  void feedbackOf(String prefix, long workspace, String clientAdmin, Map<String, String> ids) {
    access.openWorkspace(workspace, ATLAS_ADMIN);
    FeedbackItem plain = topic(PLAIN).orElseGet(() -> record(PLAIN, false));
    FeedbackItem flagged = topic(FLAGGED).orElseGet(() -> record(FLAGGED, true));
    access.openWorkspace(workspace, clientAdmin);
    ids.put(prefix + "FeedbackItem", plain.getId() + "");
    ids.put(prefix + "FeedbackItemVersion", plain.getVersion() + "");
    ids.put(prefix + "FlaggedFeedbackItem", flagged.getId() + "");
    ids.put(prefix + "FlaggedFeedbackItemVersion", flagged.getVersion() + "");
  }

  private FeedbackItem record(String topic, boolean flagged) {
    return feedback.record(
        new FeedbackDetails(
            LocalDate.now(ZoneOffset.UTC).minusDays(1),
            FeedbackChannel.SURVEY,
            topic,
            "Only this workspace's customer",
            Sentiment.NEGATIVE,
            false),
        flagged);
  }

  private Optional<FeedbackItem> topic(String topic) {
    return feedback.page(FeedbackFilter.ALL.withTopic(topic), 0, 1).stream().findFirst();
  }
}
