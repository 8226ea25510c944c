package io.shoreline.portal.web.api.threads;

/** A post to write: Markdown, and optionally the number of the post it answers. */
public record NewPostDto(String markdown, Integer replyToSeq) {}
