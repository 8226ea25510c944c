package io.shoreline.portal.apitokens;

import io.shoreline.portal.feeds.Feed;
import io.shoreline.portal.platform.NoSuchRecordException;
import io.shoreline.portal.platform.NotAllowedException;
import io.shoreline.portal.tenancy.Organization;
import io.shoreline.portal.tenancy.OrganizationKind;
import io.shoreline.portal.tenancy.isolation.CurrentTenant;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * What a token may do with a feed, checked in the calling boundary's transaction: the feed is
 * looked up in the workspace the token opened (another workspace's is not found: 404), then the
 * token's scope decides (403).
 */
@Dependent
public class TokenGuard {

  @PersistenceContext EntityManager em;
  @Inject CurrentTenant tenant;

  public Feed feedToRead(ApiToken token, long feedId) {
    Feed feed = feed(token, feedId);
    if (!token.mayRead(feedId)) {
      throw new NotAllowedException("token " + token.getId() + " may not read feed " + feedId);
    }
    return feed;
  }

  public Feed feedToWrite(ApiToken token, long feedId) {
    Feed feed = feed(token, feedId);
    if (!token.mayWrite(feedId)) {
      throw new NotAllowedException("token " + token.getId() + " may not write feed " + feedId);
    }
    return feed;
  }

  /**
   * The token's organization, when the token opened this workspace, may record feedback and is of
   * the vendor (the scope is given to a vendor's tokens only; checked again here).
   */
  public Organization feedbackRecorder(ApiToken token) {
    openedBy(token);
    Organization side = em.find(Organization.class, token.getOrganizationId());
    if (!token.isRecordFeedback() || side.getKind() != OrganizationKind.VENDOR) {
      throw new NotAllowedException("token " + token.getId() + " may not record feedback");
    }
    return side;
  }

  private void openedBy(ApiToken token) {
    // the token that opened this request's workspace, and no other
    if (!tenant.apiTokenId().equals(java.util.Optional.ofNullable(token.getId()))
        || !tenant.workspaceId().equals(java.util.Optional.of(token.getWorkspaceId()))) {
      throw new NotAllowedException("the token did not open this workspace");
    }
  }

  private Feed feed(ApiToken token, long feedId) {
    openedBy(token);
    Feed feed = em.find(Feed.class, feedId);
    if (feed == null) {
      throw new NoSuchRecordException("feed", feedId);
    }
    return feed;
  }
}
