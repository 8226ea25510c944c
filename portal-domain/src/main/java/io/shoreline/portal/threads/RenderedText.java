package io.shoreline.portal.threads;

import java.util.List;

/** A post's Markdown, its sanitized HTML, and the members it mentions. */
record RenderedText(String markdown, String html, List<Long> mentionedAccountIds) {}
