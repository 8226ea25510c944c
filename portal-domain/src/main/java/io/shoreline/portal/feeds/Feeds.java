package io.shoreline.portal.feeds;

import io.shoreline.portal.audit.Audited;
import io.shoreline.portal.identity.Account;
import io.shoreline.portal.platform.ChangedMeanwhileException;
import io.shoreline.portal.platform.NoSuchRecordException;
import io.shoreline.portal.platform.NotAllowedException;
import io.shoreline.portal.platform.TimeSource;
import io.shoreline.portal.tenancy.isolation.CallerMembership;
import io.shoreline.portal.tenancy.isolation.TenantAccess;
import io.shoreline.portal.tenancy.isolation.TenantBound;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * The feeds of the request's workspace: every member reads them; a coordinator of the publishing
 * side defines them (columns only until the first version, since stored rows follow them).
 */
@Stateless
@TenantBound
@Audited
public class Feeds {

  @PersistenceContext EntityManager em;
  @Inject CallerMembership member;
  @Inject TenantAccess access;
  @Inject TimeSource time;

  public Feed create(FeedDefinition definition) {
    Account caller = requirePublishingCoordinator(definition.direction());
    Feed feed = new Feed(definition, caller.getId(), time.now());
    em.persist(feed);
    em.flush(); // its id for the page that opens next
    return feed;
  }

  /** Changes the feed as the caller saw it at {@code seenVersion}. */
  public Feed update(long id, long seenVersion, FeedDefinition definition) {
    Feed feed = find(id);
    requirePublishingCoordinator(feed.getDirection());
    if (definition.direction() != feed.getDirection()) {
      throw new NotAllowedException("a feed keeps its direction");
    }
    ChangedMeanwhileException.check("feed", id, feed.getVersion(), seenVersion);
    feed.define(definition);
    return feed;
  }

  public Feed find(long id) {
    member.get();
    Feed feed = em.find(Feed.class, id);
    if (feed == null) {
      throw new NoSuchRecordException("feed", id);
    }
    return feed;
  }

  /** By name. */
  public List<Feed> page(int first, int max) {
    member.get();
    return em.createNamedQuery(Feed.ALL, Feed.class)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  public long count() {
    member.get();
    return em.createQuery("SELECT COUNT(f) FROM Feed f", Long.class).getSingleResult();
  }

  /** The feeds that missed their cadence, for the workspace home. */
  public List<Feed> stale() {
    member.get();
    return em.createNamedQuery(Feed.STALE, Feed.class).setMaxResults(50).getResultList();
  }

  /** Whether the caller may define feeds published by this side, and submit to them. */
  public boolean canPublish(FeedDirection direction) {
    return member.canWrite()
        && access.caller().getOrganization().getKind() == direction.publisher();
  }

  /** Whether the caller may define feeds of this direction. */
  public boolean canDefine(FeedDirection direction) {
    return canPublish(direction) && member.isCoordinator();
  }

  private Account requirePublishingCoordinator(FeedDirection direction) {
    member.toWrite();
    if (!member.isCoordinator()) {
      throw new NotAllowedException("only coordinators define feeds");
    }
    Account caller = access.caller();
    if (caller.getOrganization().getKind() != direction.publisher()) {
      throw new NotAllowedException("only the publishing side defines a feed");
    }
    return caller;
  }
}
