package io.shoreline.portal.threads;

import io.shoreline.portal.audit.Audited;
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
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;

/**
 * The threads of the request's workspace: started by any contributor, moderated by coordinators.
 */
@Stateless
@TenantBound
@Audited
public class Threads {

  @PersistenceContext EntityManager em;
  @Inject CallerMembership member;
  @Inject TenantAccess access;
  @Inject TimeSource time;
  @Inject ThreadCategories categories;
  @Inject PostWriter writer;
  @Inject ReadState reads;

  /** A new thread with its first post; nothing is stored if either is refused. */
  public Conversation start(NewThread draft) {
    member.toWrite();
    String title = Titles.clean(draft.title());
    Conversation thread =
        new Conversation(categories.find(draft.categoryId()), title, access.callerId(), time.now());
    em.persist(thread);
    em.flush(); // the posts need its id
    writer.add(thread, draft.markdown(), null, draft.files());
    return thread;
  }

  /** A page of threads, pinned first, then by latest post, with the caller's unread counts. */
  public List<ThreadSummary> page(int first, int max) {
    member.get();
    List<Conversation> page =
        em.createNamedQuery(Conversation.PAGE, Conversation.class)
            .setFirstResult(first)
            .setMaxResults(max)
            .getResultList();
    Map<Long, Integer> seen = reads.lastSeen(page.stream().map(Conversation::getId).toList());
    return page.stream()
        .map(t -> new ThreadSummary(t, t.getPostCount() - seen.getOrDefault(t.getId(), 0)))
        .toList();
  }

  public long count() {
    member.get();
    return em.createNamedQuery(Conversation.COUNT, Long.class).getSingleResult();
  }

  /** The thread with its category, as its page shows them, in one query. */
  public Conversation find(long id) {
    member.get();
    return em.createNamedQuery(Conversation.WITH_CATEGORY, Conversation.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new NoSuchRecordException("thread", id));
  }

  public Conversation pin(long id, long seenVersion, boolean pinned) {
    Conversation thread = toModerate(id, seenVersion);
    thread.pin(pinned);
    return thread;
  }

  public Conversation resolve(long id, long seenVersion, boolean resolved) {
    Conversation thread = toModerate(id, seenVersion);
    thread.resolve(resolved);
    return thread;
  }

  /** Whether the caller may pin or resolve this thread: its starter or a coordinator. */
  public boolean canModerate(Conversation thread) {
    return member.isCoordinator() || thread.getStartedBy() == access.callerId();
  }

  private Conversation toModerate(long id, long seenVersion) {
    member.toWrite();
    Conversation thread = find(em, id);
    ChangedMeanwhileException.check("thread", id, thread.getVersion(), seenVersion);
    if (!canModerate(thread)) {
      throw new NotAllowedException("only its starter or a coordinator changes a thread");
    }
    return thread;
  }

  static Conversation find(EntityManager em, long id) {
    Conversation thread = em.find(Conversation.class, id);
    if (thread == null) {
      throw new NoSuchRecordException("thread", id);
    }
    return thread;
  }

  /** With its row locked: posts get their numbers one after another. */
  static Conversation findLocked(EntityManager em, long id) {
    Conversation thread = em.find(Conversation.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (thread == null) {
      throw new NoSuchRecordException("thread", id);
    }
    return thread;
  }
}
