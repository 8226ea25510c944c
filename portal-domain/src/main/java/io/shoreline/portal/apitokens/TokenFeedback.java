package io.shoreline.portal.apitokens;

import io.shoreline.portal.audit.Audited;
import io.shoreline.portal.scorecards.feedback.FeedbackFilter;
import io.shoreline.portal.scorecards.feedback.FeedbackItem;
import io.shoreline.portal.scorecards.feedback.FeedbackQueries;
import io.shoreline.portal.scorecards.feedback.FeedbackRecorder;
import io.shoreline.portal.scorecards.feedback.NewFeedback;
import io.shoreline.portal.scorecards.feedback.Recorded;
import io.shoreline.portal.tenancy.Organization;
import io.shoreline.portal.tenancy.isolation.TenantBound;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Customer feedback a vendor's system records and reads with an API token, in the workspace the
 * token opened for this request: the token must have the feedback scope and be the vendor's (else
 * 403). The items name the token as their source and no person.
 */
@Stateless
@TenantBound
@Audited
public class TokenFeedback {

  /** "API token Genesys export" */
  static final String SOURCE = "API token ";

  @Inject TokenGuard guard;
  @Inject FeedbackRecorder recorder;
  @Inject FeedbackQueries queries;

  /** Refuses a token without the feedback scope (403) before its request's body is read. */
  public void requireScope(ApiToken token) {
    guard.feedbackRecorder(token);
  }

  /** The batch, all stored or none; an item whose key was stored before is answered from it. */
  public List<Recorded> record(ApiToken token, List<NewFeedback> batch) {
    Organization vendor = guard.feedbackRecorder(token);
    return recorder.record(
        batch,
        new FeedbackItem.Recorder(vendor.getId(), null, SOURCE + token.getName(), token.getName()));
  }

  public List<FeedbackItem> page(ApiToken token, FeedbackFilter filter, int first, int max) {
    guard.feedbackRecorder(token);
    return queries.page(filter, first, max);
  }

  public long count(ApiToken token, FeedbackFilter filter) {
    guard.feedbackRecorder(token);
    return queries.count(filter);
  }
}
