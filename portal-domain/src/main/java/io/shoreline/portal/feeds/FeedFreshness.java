package io.shoreline.portal.feeds;

import io.shoreline.portal.platform.ScheduledJobs;
import io.shoreline.portal.platform.TimeSource;
import io.shoreline.portal.tenancy.isolation.FeedRowSql;
import io.shoreline.portal.tenancy.isolation.TenantAccess;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every five minutes, checks each feed that has a cadence, each in its own workspace and
 * transaction (a tenant is never switched inside one).
 */
@Singleton
public class FeedFreshness {

  private static final Logger LOG = Logger.getLogger(FeedFreshness.class.getName());

  @Inject FeedRowSql sql;
  @Inject TenantAccess access;
  @Inject FeedStaleness staleness;
  @Inject TimeSource time;
  @Inject ScheduledJobs jobs;

  @Schedule(hour = "*", minute = "*/5", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void checkAll() {
    if (jobs.enabled()) {
      checkAll(time.now());
    }
  }

  /** How many feeds became stale at {@code now}. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public int checkAll(Instant now) {
    int marked = 0;
    for (long[] feed : sql.feedsWithCadence()) {
      try {
        access.openWorkspaceForJob(feed[0]);
        marked += staleness.check(feed[1], now) ? 1 : 0;
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Freshness of feed " + feed[1] + " not checked", e);
      }
    }
    return marked;
  }
}
