package io.shoreline.portal.threads;

import io.shoreline.portal.identity.Account;
import io.shoreline.portal.platform.TimeSource;
import io.shoreline.portal.tenancy.isolation.CallerMembership;
import io.shoreline.portal.tenancy.isolation.TenantAccess;
import io.shoreline.portal.tenancy.isolation.TenantBound;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Who has read how far: unread counts and "seen by" receipts. */
@Stateless
@TenantBound
public class ReadState {

  @PersistenceContext EntityManager em;
  @Inject CallerMembership member;
  @Inject TenantAccess access;
  @Inject TimeSource time;

  /** The caller has seen the thread's posts up to this number (as far as they exist). */
  public void seen(long threadId, int upToSeq) {
    member.get();
    Conversation thread = Threads.findLocked(em, threadId); // one first mark per reader
    sawUpTo(thread, access.caller(), Math.min(upToSeq, thread.getPostCount()));
  }

  public void sawUpTo(Conversation thread, Account reader, int seq) {
    ThreadReader mark =
        em.createNamedQuery(ThreadReader.OF_THREAD, ThreadReader.class)
            .setParameter("thread", thread.getId())
            .setParameter("account", reader.getId())
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultStream()
            .findFirst()
            .orElseGet(() -> newMark(thread, reader));
    if (seq > mark.getLastSeenSeq()) {
      em.persist(new PostSeen(thread.getId(), reader, mark.getLastSeenSeq() + 1, seq, time.now()));
      mark.sawUpTo(seq);
    }
  }

  private ThreadReader newMark(Conversation thread, Account reader) {
    ThreadReader mark = new ThreadReader(thread.getId(), reader.getId());
    em.persist(mark);
    return mark;
  }

  /** How far the caller has read each of these threads (absent: not at all). */
  public Map<Long, Integer> lastSeen(Collection<Long> threadIds) {
    if (threadIds.isEmpty()) {
      return Map.of();
    }
    return em.createNamedQuery(ThreadReader.OF_THREADS, ThreadReader.class)
        .setParameter("account", access.callerId())
        .setParameter("threads", threadIds)
        .getResultStream()
        .collect(Collectors.toMap(ThreadReader::getConversationId, ThreadReader::getLastSeenSeq));
  }

  /** Unread posts of the whole workspace for the caller. */
  public long unreadInWorkspace() {
    member.get();
    Number posts = em.createNamedQuery(Conversation.POSTS_IN_ALL, Number.class).getSingleResult();
    Number seen =
        em.createNamedQuery(ThreadReader.SEEN_IN_ALL, Number.class)
            .setParameter("account", access.callerId())
            .getSingleResult();
    return (posts == null ? 0 : posts.longValue()) - (seen == null ? 0 : seen.longValue());
  }

  /** The receipts touching posts {@code first..last} of a thread: one query for a page. */
  public List<PostSeen> receipts(long threadId, int first, int last) {
    return em.createNamedQuery(PostSeen.OVERLAPPING, PostSeen.class)
        .setParameter("thread", threadId)
        .setParameter("first", first)
        .setParameter("last", last)
        .getResultList();
  }
}
