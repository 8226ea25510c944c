package io.shoreline.portal.web.threads;

import io.shoreline.portal.threads.PostMarkdown;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * The one way a page outputs a post's HTML unescaped: sanitized when the post was written, and
 * again here, on the way out.
 */
@Named
@ApplicationScoped
public class SafeHtml {

  public String of(String html) {
    return PostMarkdown.sanitized(html);
  }
}
