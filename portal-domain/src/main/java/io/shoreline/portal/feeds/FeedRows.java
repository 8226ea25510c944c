package io.shoreline.portal.feeds;

import io.shoreline.portal.audit.Audited;
import io.shoreline.portal.platform.RuleViolation;
import io.shoreline.portal.tenancy.isolation.CallerMembership;
import io.shoreline.portal.tenancy.isolation.FeedRowSql;
import io.shoreline.portal.tenancy.isolation.FeedRowSql.CellFilter;
import io.shoreline.portal.tenancy.isolation.TenantBound;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reading a feed, for every member of its workspace: the rows of a version page by page (filtered
 * per column, by key), its versions, what changed between two of them, and a CSV export. Every page
 * is one query in the database, whatever the feed's size.
 */
@Stateless
@TenantBound
@Audited
public class FeedRows {

  @PersistenceContext EntityManager em;
  @Inject CallerMembership member;
  @Inject Feeds feeds;
  @Inject FeedRowSql sql;

  /** Rows valid at {@code version} (0: the current one). */
  public List<FeedRow> page(
      long feedId, int version, List<CellCondition> conditions, int first, int max) {
    Feed feed = feeds.find(feedId);
    return sql
        .page(
            member.workspaceId(), feedId, at(feed, version), filters(feed, conditions), first, max)
        .stream()
        .map(FeedRow::of)
        .toList();
  }

  public long count(long feedId, int version, List<CellCondition> conditions) {
    Feed feed = feeds.find(feedId);
    int at = at(feed, version);
    List<CellFilter> filters = filters(feed, conditions);
    if (filters.isEmpty() && at == feed.getCurrentVersion()) {
      return feed.getCurrentRows(); // kept by each version: no COUNT over the whole version
    }
    return sql.count(member.workspaceId(), feedId, at, filters);
  }

  /** Newest first. */
  public List<FeedVersion> versions(long feedId, int first, int max) {
    feeds.find(feedId);
    return em.createNamedQuery(FeedVersion.OF_FEED, FeedVersion.class)
        .setParameter("feed", feedId)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  public long versionCount(long feedId) {
    feeds.find(feedId);
    return em.createNamedQuery(FeedVersion.COUNT, Long.class)
        .setParameter("feed", feedId)
        .getSingleResult();
  }

  /** What changed from one version to another (either order), by key. */
  public List<DiffRow> diff(long feedId, int from, int to, int first, int max) {
    Feed feed = feeds.find(feedId);
    int older = at(feed, Math.min(from, to));
    int newer = at(feed, Math.max(from, to));
    return sql.diffPage(member.workspaceId(), feedId, older, newer, first, max).stream()
        .map(DiffRow::of)
        .toList();
  }

  public long diffCount(long feedId, int from, int to) {
    Feed feed = feeds.find(feedId);
    return sql.diffCount(
        member.workspaceId(), feedId, at(feed, Math.min(from, to)), at(feed, Math.max(from, to)));
  }

  /**
   * Hands on the cells of every current row, one row at a time (a scorecard reads its figures);
   * returns the version read, the figures' provenance.
   */
  public int eachCurrent(long feedId, Consumer<List<String>> row) {
    Feed feed = feeds.find(feedId);
    int version = feed.getCurrentVersion();
    if (version > 0) {
      sql.each(member.workspaceId(), feedId, version, cells -> row.accept(FeedCells.split(cells)));
    }
    return version;
  }

  /** Writes the rows valid at {@code version} (0: current) as formula-safe CSV, streamed. */
  public void export(long feedId, int version, Writer out) {
    Feed feed = feeds.find(feedId);
    int asOf = at(feed, version); // refused before anything is written
    try (FeedCsv csv = new FeedCsv(out, feed.columns())) {
      sql.each(
          member.workspaceId(),
          feedId,
          asOf,
          cells -> {
            try {
              csv.row(FeedCells.split(cells));
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int at(Feed feed, int version) {
    if (version < 0 || version > feed.getCurrentVersion()) {
      throw new RuleViolation("feeds.version.unknown", version);
    }
    return version == 0 ? feed.getCurrentVersion() : version;
  }

  private static List<CellFilter> filters(Feed feed, List<CellCondition> conditions) {
    return conditions.stream()
        .filter(condition -> condition.value() != null && !condition.value().isEmpty())
        .map(
            condition ->
                new CellFilter(
                    FeedCells.cellPattern(
                        feed.columns()
                            .indexOf(condition.column())
                            .orElseThrow(
                                () ->
                                    new RuleViolation("feeds.column.unknown", condition.column())),
                        condition.value(),
                        condition.contains())))
        .toList();
  }
}
