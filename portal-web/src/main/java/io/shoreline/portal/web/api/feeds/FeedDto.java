package io.shoreline.portal.web.api.feeds;

import io.shoreline.portal.apitokens.ApiToken;
import io.shoreline.portal.feeds.Feed;
import io.shoreline.portal.feeds.FeedDirection;
import java.util.List;

/**
 * A feed the token has a scope for: its columns in order, current version, and the token's rights.
 */
public record FeedDto(
    long id,
    String name,
    FeedDirection direction,
    List<String> columns,
    int currentVersion,
    boolean read,
    boolean write) {

  static FeedDto of(Feed feed, ApiToken token) {
    return new FeedDto(
        feed.getId(),
        feed.getName(),
        feed.getDirection(),
        feed.columns().names(),
        feed.getCurrentVersion(),
        token.mayRead(feed.getId()),
        token.mayWrite(feed.getId()));
  }
}
