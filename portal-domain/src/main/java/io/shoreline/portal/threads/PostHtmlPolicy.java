package io.shoreline.portal.threads;

import java.util.List;
import java.util.regex.Pattern;
import org.owasp.html.ElementPolicy;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/** The only HTML a rendered post may contain: text formatting, lists, code, links and mentions. */
final class PostHtmlPolicy {

  /** Links leave the portal in a new tab that cannot reach back through window.opener. */
  private static final ElementPolicy NEW_TAB =
      (name, attributes) -> {
        if (attributes.contains("href")) {
          attributes.addAll(List.of("target", "_blank"));
        }
        return name;
      };

  static final PolicyFactory POLICY =
      new HtmlPolicyBuilder()
          .allowElements("p", "br", "strong", "em", "del", "code", "pre", "blockquote", "hr")
          .allowElements("ul", "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6")
          // an ordered list that starts at 3 in Markdown starts at 3 when read
          .allowAttributes("start")
          .matching(Pattern.compile("\\d{1,9}"))
          .onElements("ol")
          .allowElements(NEW_TAB, "a")
          .allowUrlProtocols("http", "https", "mailto")
          .allowAttributes("href")
          .onElements("a")
          .requireRelsOnLinks("nofollow", "noopener", "noreferrer")
          .allowElements("span")
          .allowAttributes("class")
          .matching(Pattern.compile("mention"))
          .onElements("span")
          .toFactory();

  private PostHtmlPolicy() {}
}
