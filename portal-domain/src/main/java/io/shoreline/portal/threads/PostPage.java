package io.shoreline.portal.threads;

import java.util.List;
import java.util.Map;

/**
 * A page of a thread's posts with all a reader sees of them, read in a fixed number of queries:
 * their files, and who saw each.
 */
public record PostPage(
    List<Post> posts, Map<Long, List<Attachment>> attachments, List<PostSeen> receipts) {

  public List<Attachment> attachmentsOf(Post post) {
    return attachments.getOrDefault(post.getId(), List.of());
  }

  /** Who, besides its author, has seen this post, earliest first. */
  public List<PostSeen> seenBy(Post post) {
    return receipts.stream()
        .filter(seen -> seen.covers(post.getSeq()))
        .filter(seen -> !seen.getAccount().getId().equals(post.getAuthor().getId()))
        .toList();
  }
}
