package io.shoreline.portal.apitokens;

import io.shoreline.portal.feeds.Feed;
import io.shoreline.portal.platform.RuleViolation;
import io.shoreline.portal.tenancy.OrganizationKind;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * The feeds of the open workspace as a token sees them, read in the calling boundary's transaction
 * (bound to the workspace): which exist, and which a side publishes and so may let a token write.
 */
@Dependent
public class TokenFeeds {

  @PersistenceContext EntityManager em;

  /** Every feed of the workspace by name, and whether {@code side} publishes it. */
  public List<FeedChoice> choices(OrganizationKind side) {
    return em.createQuery("SELECT f FROM Feed f ORDER BY f.name, f.id", Feed.class)
        .getResultStream()
        .map(feed -> new FeedChoice(feed.getId(), feed.getName(), feed.isPublishedBy(side)))
        .toList();
  }

  /**
   * The scope a grant asks for, if the feed is of this workspace and the side may write it.
   *
   * @throws RuleViolation for a feed of no such id here, or write on the other side's feed
   */
  TokenScope scope(long workspaceId, NewToken.Grant grant, OrganizationKind side) {
    Feed feed = em.find(Feed.class, grant.feedId());
    if (feed == null) {
      throw new RuleViolation("apiTokens.unknownFeed");
    }
    if (grant.write() && !feed.isPublishedBy(side)) {
      throw new RuleViolation("apiTokens.notPublisher.write", feed.getName());
    }
    return new TokenScope(workspaceId, feed.getId(), grant.read(), grant.write());
  }
}
