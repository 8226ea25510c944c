package io.shoreline.portal.web.corpora;

import io.shoreline.portal.tenancy.isolation.TenantAccess;
import io.shoreline.portal.threads.NewThread;
import io.shoreline.portal.threads.ThreadCategories;
import io.shoreline.portal.threads.Threads;
import io.shoreline.portal.web.apitokens.TokenFixtures;
import io.shoreline.portal.web.provisioning.ScimFixtures;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Every REST endpoint that takes JSON, ready for the JSON corpus: a feed's rows and a token that
 * writes them, a workspace's feedback and its recorder's token, a thread whose posts Alice writes
 * with her session, and an organization's SCIM token.
 */
@RequestScoped
public class JsonTargets {

  @Inject CorpusFeeds corpusFeeds;
  @Inject TokenFixtures tokenFixtures;
  @Inject ScimFixtures scimFixtures;
  @Inject TenantAccess access;
  @Inject Threads threads;
  @Inject ThreadCategories categories;

  /** The paths and credentials. */
  public record Made(
      String feedRows,
      String feedWriter,
      String feedback,
      String feedbackRecorder,
      String posts,
      String alice,
      String scimToken) {}

  public Made make() {
    CorpusFeeds.Made feeds = corpusFeeds.make(1);
    TokenFixtures.FeedbackTokens feedback = tokenFixtures.feedbackTokens();
    access.openWorkspace(feeds.workspace(), feeds.alice());
    long thread =
        threads
            .start(
                new NewThread(
                    categories.all().get(0).getId(), "JSON corpus", "First post", List.of()))
            .getId();
    return new Made(
        feeds.rows(0),
        feeds.writer(),
        "api/v1/workspaces/" + feedback.workspace() + "/feedback",
        feedback.recorder(),
        "api/v1/workspaces/" + feeds.workspace() + "/threads/" + thread + "/posts",
        feeds.alice(),
        scimFixtures.organization("json").secret());
  }
}
