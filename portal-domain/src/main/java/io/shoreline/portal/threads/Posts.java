package io.shoreline.portal.threads;

import io.shoreline.portal.audit.Audited;
import io.shoreline.portal.platform.ChangedMeanwhileException;
import io.shoreline.portal.platform.NoSuchRecordException;
import io.shoreline.portal.platform.NotAllowedException;
import io.shoreline.portal.platform.RuleViolation;
import io.shoreline.portal.platform.TimeSource;
import io.shoreline.portal.tenancy.isolation.CallerMembership;
import io.shoreline.portal.tenancy.isolation.TenantAccess;
import io.shoreline.portal.tenancy.isolation.TenantBound;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;

/**
 * The posts of the request's workspace's threads: written by contributors, edited by their authors
 * (earlier texts kept), removed by their authors or a coordinator (a marker stays).
 */
@Stateless
@TenantBound
@Audited
public class Posts {

  @PersistenceContext EntityManager em;
  @Inject CallerMembership member;
  @Inject TenantAccess access;
  @Inject TimeSource time;
  @Inject PostWriter writer;
  @Inject Attachments attachments;
  @Inject ReadState reads;
  @Inject PostText postText;

  public Post add(long threadId, String markdown, Integer replyToSeq, List<Upload> files) {
    member.toWrite();
    return writer.add(Threads.find(em, threadId), markdown, replyToSeq, files);
  }

  /** Posts {@code first+1 ..} of a thread, in order, with their files and receipts. */
  public PostPage page(long threadId, int first, int max) {
    member.get();
    List<Post> posts =
        em.createNamedQuery(Post.PAGE, Post.class)
            .setParameter("thread", threadId)
            .setFirstResult(first)
            .setMaxResults(max)
            .getResultList();
    if (posts.isEmpty()) {
      return new PostPage(posts, Map.of(), List.of());
    }
    return new PostPage(
        posts,
        attachments.ofPosts(posts.stream().filter(Post::hasAttachments).map(Post::getId).toList()),
        reads.receipts(threadId, posts.get(0).getSeq(), posts.get(posts.size() - 1).getSeq()));
  }

  public long count(long threadId) {
    member.get();
    return em.createNamedQuery(Post.COUNT, Long.class)
        .setParameter("thread", threadId)
        .getSingleResult();
  }

  public Post edit(long postId, long seenVersion, String markdown) {
    Post post = changeable(postId, seenVersion);
    if (!post.getAuthor().getId().equals(access.callerId())) {
      throw new NotAllowedException("only its author edits a post");
    }
    RenderedText text = postText.render(markdown);
    em.persist(
        new PostRevision(
            post.getId(),
            post.getMarkdown(),
            post.isEdited() ? post.getEditedAt() : post.getCreatedAt()));
    post.edited(text, time.now());
    return post;
  }

  /** The text goes; the post's place and number stay, marked removed. */
  public void remove(long postId, long seenVersion) {
    Post post = changeable(postId, seenVersion);
    if (!canRemove(post)) {
      throw new NotAllowedException("only its author or a coordinator removes a post");
    }
    post.remove(access.callerId(), time.now());
    attachments.removeOf(post);
    em.createNamedQuery(PostRevision.OF_POST, PostRevision.class)
        .setParameter("post", postId)
        .getResultStream()
        .forEach(em::remove);
  }

  public boolean canRemove(Post post) {
    return removable(post, access.callerId(), member.isCoordinator());
  }

  /** Its author or a coordinator removes a post. */
  public static boolean removable(Post post, long callerId, boolean coordinator) {
    return coordinator || post.getAuthor().getId() == callerId;
  }

  /** Earlier texts of a post, newest first. */
  public List<PostRevision> revisions(long postId) {
    find(postId);
    return em.createNamedQuery(PostRevision.OF_POST, PostRevision.class)
        .setParameter("post", postId)
        .getResultList();
  }

  public Post find(long postId) {
    member.get();
    Post post = em.find(Post.class, postId);
    if (post == null) {
      throw new NoSuchRecordException("post", postId);
    }
    return post;
  }

  private Post changeable(long postId, long seenVersion) {
    member.toWrite();
    Post post = find(postId);
    ChangedMeanwhileException.check("post", postId, post.getVersion(), seenVersion);
    if (post.isRemoved()) {
      throw new RuleViolation("posts.removed");
    }
    return post;
  }
}
