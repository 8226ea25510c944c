package io.shoreline.portal.apitokens;

import io.shoreline.portal.audit.Audited;
import io.shoreline.portal.feeds.Feed;
import io.shoreline.portal.feeds.FeedCells;
import io.shoreline.portal.feeds.FeedVersion;
import io.shoreline.portal.platform.RuleViolation;
import io.shoreline.portal.tenancy.isolation.FeedRowSql;
import io.shoreline.portal.tenancy.isolation.TenantBound;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * What a machine reads with an API token, in the workspace the token opened: the feeds it has a
 * scope for, and with read scope a feed's rows (as of a version) and its versions, a page at a time
 * from the database.
 */
@Stateless
@TenantBound
@Audited
public class TokenFeedReads {

  @PersistenceContext EntityManager em;
  @Inject TokenGuard guard;
  @Inject FeedRowSql sql;

  /** A page of rows as of a version (0: the current one), by key; each row's cells in order. */
  public record RowsPage(Feed feed, int version, List<List<String>> rows, long total) {}

  /** The feeds the token has any scope for, by name. */
  public List<Feed> feeds(ApiToken token) {
    List<Long> ids = token.getScopes().stream().map(TokenScope::getFeedId).toList();
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery("SELECT f FROM Feed f WHERE f.id IN :ids ORDER BY f.name", Feed.class)
        .setParameter("ids", ids)
        .getResultList();
  }

  public RowsPage rows(ApiToken token, long feedId, int asOf, int first, int max) {
    Feed feed = guard.feedToRead(token, feedId);
    int version = asOf == 0 ? feed.getCurrentVersion() : asOf;
    if (asOf < 0 || asOf > feed.getCurrentVersion()) {
      throw new RuleViolation("feeds.version.unknown", asOf);
    }
    long workspaceId = token.getWorkspaceId();
    List<List<String>> rows =
        sql.page(workspaceId, feedId, version, List.of(), first, max).stream()
            .map(stored -> FeedCells.split(stored[1]))
            .toList();
    long total =
        version == feed.getCurrentVersion()
            ? feed.getCurrentRows() // kept by each version: no COUNT over the whole version
            : sql.count(workspaceId, feedId, version, List.of());
    return new RowsPage(feed, version, rows, total);
  }

  /** Newest first. */
  public List<FeedVersion> versions(ApiToken token, long feedId, int first, int max) {
    guard.feedToRead(token, feedId);
    return em.createQuery(
            "SELECT v FROM FeedVersion v WHERE v.feedId = :feed ORDER BY v.number DESC",
            FeedVersion.class)
        .setParameter("feed", feedId)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  public long versionCount(ApiToken token, long feedId) {
    guard.feedToRead(token, feedId);
    return em.createQuery("SELECT COUNT(v) FROM FeedVersion v WHERE v.feedId = :feed", Long.class)
        .setParameter("feed", feedId)
        .getSingleResult();
  }
}
