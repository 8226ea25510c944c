package io.shoreline.portal.threads;

import static java.util.stream.Collectors.toMap;

import io.shoreline.portal.identity.Emails;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.autolink.AutolinkType;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Posts are written in Markdown and read as HTML that can neither run script nor load anything; "@"
 * followed by an e-mail address mentions a person.
 */
public final class PostMarkdown {

  private static final List<Extension> EXTENSIONS =
      // an address stays text: with "@" before it, it is a mention, not a mailto link
      List.of(AutolinkExtension.builder().linkTypes(AutolinkType.URL, AutolinkType.WWW).build());

  private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();
  private final HtmlRenderer renderer =
      HtmlRenderer.builder()
          .extensions(EXTENSIONS)
          .escapeHtml(true) // HTML typed into a post is shown, never interpreted
          // URLs are left to the sanitizer: it drops a bad link's href, so the link becomes text
          .nodeRendererFactory(PostNodeRenderer::new)
          .build();

  /** Whom a post mentions, outside code, as normalized addresses: the people to notify. */
  public Set<String> mentionedEmails(String markdown) {
    Set<String> emails = new LinkedHashSet<>();
    parse(markdown)
        .accept(
            new AbstractVisitor() {
              @Override
              public void visit(Text text) {
                Mentions.in(text.getLiteral()).map(Mentions::email).forEach(emails::add);
              }
            });
    return emails;
  }

  /**
   * The post as sanitized HTML, safe to output unescaped; mentions of addresses in {@code
   * displayNameByEmail} show the person's name, others stay as typed.
   */
  public String toHtml(String markdown, Map<String, String> displayNameByEmail) {
    Node document = parse(markdown);
    new KnownMentions(normalizedKeys(displayNameByEmail)).replaceIn(document);
    return PostHtmlPolicy.POLICY.sanitize(renderer.render(document));
  }

  /**
   * Stored HTML sanitized again on its way out: a post written under an older policy, or a row
   * changed behind the portal's back, is held to today's policy.
   */
  public static String sanitized(String html) {
    return PostHtmlPolicy.POLICY.sanitize(Objects.requireNonNullElse(html, ""));
  }

  private Node parse(String markdown) {
    return parser.parse(Objects.requireNonNullElse(markdown, ""));
  }

  private static Map<String, String> normalizedKeys(Map<String, String> displayNameByEmail) {
    return displayNameByEmail.entrySet().stream()
        .collect(
            toMap(entry -> Emails.normalize(entry.getKey()), Map.Entry::getValue, (a, b) -> a));
  }
}
