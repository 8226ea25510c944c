package io.shoreline.portal.web.threads;

import io.shoreline.portal.platform.NoSuchRecordException;
import io.shoreline.portal.tenancy.Partnership;
import io.shoreline.portal.tenancy.isolation.CallerMembership;
import io.shoreline.portal.threads.Attachment;
import io.shoreline.portal.threads.Conversation;
import io.shoreline.portal.threads.Post;
import io.shoreline.portal.threads.PostPage;
import io.shoreline.portal.threads.PostSeen;
import io.shoreline.portal.threads.Posts;
import io.shoreline.portal.threads.ReadState;
import io.shoreline.portal.threads.Threads;
import io.shoreline.portal.web.platform.Ids;
import io.shoreline.portal.web.platform.Outcomes;
import io.shoreline.portal.web.platform.RowParameters;
import io.shoreline.portal.web.platform.Tenants;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;

/**
 * Backing bean of app/thread.xhtml?w=ID&t=ID: one thread, a page of its posts (the last page unless
 * the person pages back) with their files and "seen by" receipts, read in a fixed number of queries
 * whatever the thread's length.
 */
@Named
@RequestScoped
public class ThreadView {

  public static final int PAGE_SIZE = 50;

  @Inject Tenants tenants;
  @Inject Threads threads;
  @Inject Posts posts;
  @Inject ReadState reads;
  @Inject CallerMembership member;
  @Inject Outcomes outcomes;

  private String t;
  private Integer page;
  private Conversation thread;
  private PostPage postPage;
  // asked once per request, not once per post shown
  private Boolean canWrite;
  private Boolean canModerate;
  private Boolean coordinator;
  private Long callerId;

  /** The view action: membership, then the thread, before anything is shown. */
  public void open() {
    getThread();
  }

  public Conversation getThread() {
    if (thread == null) {
      thread =
          outcomes
              .attempt(
                  () -> {
                    tenants.workspace();
                    return threads.find(getThreadId());
                  })
              .orElse(null);
    }
    return thread;
  }

  public Partnership getWorkspace() {
    return outcomes.attempt(() -> tenants.workspace().getPartnership()).orElse(null);
  }

  /** The posts of the page shown: the requested one, else the last. */
  public List<Post> getPosts() {
    return postPage().posts();
  }

  public List<Attachment> attachments(Post post) {
    return postPage().attachmentsOf(post);
  }

  public List<PostSeen> seenBy(Post post) {
    return postPage().seenBy(post);
  }

  /** The number of the last post shown: what the page marks as seen. */
  public int getLastShownSeq() {
    List<Post> shown = getPosts();
    return shown.isEmpty() ? 0 : shown.get(shown.size() - 1).getSeq();
  }

  /** Called by the page once it is shown, and again when live updates bring new posts. */
  public void markSeen() {
    outcomes.attempt(
        () -> {
          int upTo = Math.toIntExact(Ids.parse(RowParameters.parameter("seen"), "post"));
          tenants.workspace();
          reads.seen(getThreadId(), upTo);
        });
  }

  /**
   * Integer like its setter: with a getter of another type the bean has no writable "page", and the
   * view parameter fails every Ajax postback of the page (live refresh, marking seen).
   */
  public Integer getPage() {
    if (page == null) {
      int count = getThread() == null ? 0 : getThread().getPostCount();
      page = Math.max(0, (count - 1) / PAGE_SIZE);
    }
    return page;
  }

  public int getPageCount() {
    int count = getThread() == null ? 0 : getThread().getPostCount();
    return Math.max(1, (count + PAGE_SIZE - 1) / PAGE_SIZE);
  }

  public void setPage(Integer page) {
    this.page = page == null || page < 0 ? null : page;
  }

  public boolean isCanWrite() {
    if (canWrite == null) {
      canWrite =
          getThread() != null
              && outcomes
                  .attempt(
                      () -> {
                        return member.canWrite();
                      })
                  .orElse(false);
    }
    return canWrite;
  }

  public boolean isCanModerate() {
    if (canModerate == null) {
      canModerate =
          getThread() != null
              && outcomes
                  .attempt(
                      () -> {
                        return threads.canModerate(thread);
                      })
                  .orElse(false);
    }
    return canModerate;
  }

  public boolean canRemove(Post post) {
    if (!isCanWrite()) {
      return false;
    }
    if (coordinator == null) {
      coordinator =
          outcomes
              .attempt(
                  () -> {
                    return member.isCoordinator();
                  })
              .orElse(false);
    }
    return Posts.removable(post, callerId(), coordinator);
  }

  public boolean canEdit(Post post) {
    return isCanWrite() && !post.isRemoved() && post.getAuthor().getId() == callerId();
  }

  private long callerId() {
    if (callerId == null) {
      callerId = tenants.caller().getId();
    }
    return callerId;
  }

  public long getThreadId() {
    return Ids.parse(getT(), "thread");
  }

  public String getT() {
    return t != null ? t : RowParameters.parameter("t");
  }

  public void setT(String t) {
    this.t = t;
  }

  private PostPage postPage() {
    if (postPage == null) {
      postPage =
          getThread() == null
              ? new PostPage(List.of(), Map.of(), List.of())
              : outcomes
                  .attempt(
                      () -> {
                        tenants.workspace();
                        return posts.page(getThreadId(), getPage() * PAGE_SIZE, PAGE_SIZE);
                      })
                  .orElseThrow(() -> new NoSuchRecordException("thread", getT()));
    }
    return postPage;
  }
}
