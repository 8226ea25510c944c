package io.shoreline.portal.threads;

import io.shoreline.portal.identity.Account;
import io.shoreline.portal.platform.RuleViolation;
import io.shoreline.portal.platform.TimeSource;
import io.shoreline.portal.tenancy.isolation.CallerMembership;
import io.shoreline.portal.tenancy.isolation.TenantAccess;
import io.shoreline.portal.tenancy.isolation.TenantSql;
import io.shoreline.portal.tenancy.isolation.TenantSql.NotificationRow;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Adds a post to a thread inside the caller's transaction: checks text and files first, then
 * numbers the post under the thread's row lock, stores it with its files, marks it read for its
 * author and tells the mentioned.
 */
@Dependent
class PostWriter {

  @PersistenceContext EntityManager em;
  @Inject PostText text;
  @Inject Attachments attachments;
  @Inject ReadState reads;
  @Inject TenantSql sql;
  @Inject CallerMembership member;
  @Inject TenantAccess access;
  @Inject TimeSource time;
  @Inject Event<PostAdded> added;

  Post add(Conversation unlocked, String markdown, Integer replyToSeq, List<Upload> files) {
    List<Upload> uploads = files == null ? List.of() : files;
    RenderedText rendered = text.render(markdown);
    List<InspectedFile> inspected = attachments.inspect(uploads);
    Conversation thread = Threads.findLocked(em, unlocked.getId());
    if (replyToSeq != null && (replyToSeq < 1 || replyToSeq > thread.getPostCount())) {
      throw new RuleViolation("posts.replyUnknown", replyToSeq);
    }
    Account author = access.caller();
    Post post =
        new Post(thread.getId(), thread.nextPost(time.now()), author, replyToSeq, time.now());
    post.write(rendered);
    post.attached(uploads.size());
    em.persist(post);
    em.flush(); // attachments point at it
    attachments.store(post, uploads, inspected);
    reads.sawUpTo(thread, author, post.getSeq());
    List<Long> mentioned =
        rendered.mentionedAccountIds().stream().filter(id -> !id.equals(author.getId())).toList();
    notify(mentioned, post, thread);
    added.fire(
        new PostAdded(
            member.workspaceId(),
            member.get().getPartnership().getName(),
            thread.getId(),
            post.getSeq(),
            author.getId(),
            author.getDisplayName(),
            thread.getTitle(),
            mentioned));
    return post;
  }

  /** Each mentioned member gets a notification in their own organization's tenant. */
  private void notify(List<Long> accountIds, Post post, Conversation thread) {
    for (long accountId : accountIds) {
      Account recipient = em.find(Account.class, accountId);
      sql.insertNotification(
          recipient.getOrganization().getId(),
          new NotificationRow(
              accountId,
              member.workspaceId(),
              thread.getId(),
              post.getSeq(),
              null,
              Notification.Kind.MENTION.name(),
              post.getAuthor().getDisplayName(),
              thread.getTitle(),
              post.getCreatedAt()));
    }
  }
}
