package io.shoreline.portal.web.api.threads;

import io.shoreline.portal.threads.Conversation;
import io.shoreline.portal.threads.ThreadSummary;
import java.time.Instant;

/** A thread in a list, with the caller's unread count. */
public record ThreadDto(
    long id,
    String title,
    String category,
    boolean pinned,
    boolean resolved,
    int postCount,
    int unread,
    Instant lastPostAt) {

  static ThreadDto of(ThreadSummary summary) {
    Conversation thread = summary.thread();
    return new ThreadDto(
        thread.getId(),
        thread.getTitle(),
        thread.getCategory().getName(),
        thread.isPinned(),
        thread.isResolved(),
        thread.getPostCount(),
        summary.unread(),
        thread.getLastPostAt());
  }
}
