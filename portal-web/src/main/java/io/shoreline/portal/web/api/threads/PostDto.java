package io.shoreline.portal.web.api.threads;

import io.shoreline.portal.threads.Attachment;
import io.shoreline.portal.threads.Post;
import io.shoreline.portal.threads.PostMarkdown;
import java.time.Instant;
import java.util.List;

/** A post: its Markdown, its sanitized HTML and its files (a removed post has neither). */
public record PostDto(
    int seq,
    String author,
    String organization,
    Integer replyToSeq,
    String markdown,
    String html,
    Instant createdAt,
    Instant editedAt,
    boolean removed,
    List<FileDto> files) {

  /** A file of a post; {@code href} downloads it (with the caller's session). */
  public record FileDto(String name, String contentType, long size, boolean image, String href) {}

  static PostDto of(Post post, List<Attachment> files, long workspaceId) {
    return new PostDto(
        post.getSeq(),
        post.getAuthor().getDisplayName(),
        post.getAuthor().getOrganization().getName(),
        post.getReplyToSeq(),
        post.getMarkdown(),
        PostMarkdown.sanitized(post.getHtml()),
        post.getCreatedAt(),
        post.getEditedAt(),
        post.isRemoved(),
        files.stream()
            .map(
                file ->
                    new FileDto(
                        file.getFileName(),
                        file.getContentType(),
                        file.getSizeBytes(),
                        file.isImage(),
                        "/app/attachment?w=" + workspaceId + "&id=" + file.getId()))
            .toList());
  }
}
