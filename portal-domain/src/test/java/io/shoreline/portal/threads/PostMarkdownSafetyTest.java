package io.shoreline.portal.threads;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Attacks a post's author could try on its readers; none may survive into the HTML. */
class PostMarkdownSafetyTest {

  private static final Set<String> ALLOWED_TAGS =
      Set.of(
          "p",
          "br",
          "strong",
          "em",
          "del",
          "code",
          "pre",
          "blockquote",
          "ul",
          "ol",
          "li",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "hr",
          "a",
          "span");

  private static final Pattern TAG = Pattern.compile("<\\s*/?\\s*([a-zA-Z][a-zA-Z0-9]*)");

  private final PostMarkdown markdown = new PostMarkdown();

  @Test
  void showsScriptAsText() {
    assertThat(html("<script>alert(1)</script>"))
        .isEqualTo("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n");
  }

  @Test
  void showsEventHandlersAsText() {
    assertThat(html("<img src=x onerror=alert(1)>"))
        .isEqualTo("<p>&lt;img src&#61;x onerror&#61;alert(1)&gt;</p>\n");
  }

  @Test
  void showsRawLinksAsText() {
    assertThat(html("<a href=\"javascript:alert(1)\">x</a>"))
        .isEqualTo("<p>&lt;a href&#61;&#34;javascript:alert(1)&#34;&gt;x&lt;/a&gt;</p>\n");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "[x](javascript:alert(1))",
        "[x](JaVaScRiPt:alert(1))",
        "[x](  javascript:alert(1) )",
        "[x](&#106;avascript:alert(1))",
        "[x](&#x6A;avascript&colon;alert(1))",
        "[x](javascript&#58;alert(1))",
        "[x](vbscript:msgbox(1))",
        "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "[x](<javascript:alert(1)>)",
        "[x][ref]\n\n[ref]: javascript:alert(1)"
      })
  void dropsLinksWithDangerousSchemesButKeepsTheirText(String post) {
    assertThat(html(post)).isEqualTo("<p>x</p>\n");
  }

  @Test
  void dropsDangerousAutolinks() {
    assertThat(html("<javascript:alert(1)>")).isEqualTo("<p>javascript:alert(1)</p>\n");
  }

  @Test
  void showsImagesAsTheirAltText() {
    assertThat(html("![a *chart*](https://tracker.example/pixel.png)"))
        .isEqualTo("<p>a <em>chart</em></p>\n");
    String svgImage = "![y](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)";
    assertThat(html("![x](javascript:alert(1)) " + svgImage)).isEqualTo("<p>x y</p>\n");
  }

  @Test
  void decodesEntitiesIntoTextNotIntoMarkup() {
    assertThat(html("&lt;script&gt;alert(1)&lt;/script&gt; &#60;img src=x onerror=alert(1)&#62;"))
        .isEqualTo(
            "<p>&lt;script&gt;alert(1)&lt;/script&gt;"
                + " &lt;img src&#61;x onerror&#61;alert(1)&gt;</p>\n");
  }

  @Test
  void cannotBreakOutOfALinkAttribute() {
    assertThat(html("[x](https://example.com/\"onmouseover=\"alert(1))"))
        .startsWith("<p><a href=\"https://example.com/&#34;onmouseover&#61;&#34;alert%281%29\" ");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<iframe src=\"https://evil.example\"></iframe>",
        "<style>body{display:none}</style>",
        "<div style=\"position:fixed\" onclick=\"alert(1)\">x</div>",
        "<svg onload=alert(1)>",
        "<span class=\"mention\" onclick=\"alert(1)\">fake</span>",
        "<form action=https://evil.example><input name=p></form>",
        "<details open ontoggle=alert(1)>",
        "```\n</code></pre><script>alert(1)</script>\n```",
        "`</code><script>alert(1)</script>`",
        "[<img src=x onerror=alert(1)>](https://example.com)",
        "**<script>**alert(1)**</script>**",
        "<!-- <script>alert(1)</script> -->",
        "<![CDATA[<script>alert(1)</script>]]>"
      })
  void letsOnlyAllowedTagsThrough(String post) {
    String html = html(post);

    assertThat(tagsIn(html)).isSubsetOf(ALLOWED_TAGS);
    assertThat(html).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("<img");
    assertThat(html).doesNotContainPattern("(?i)\\son[a-z]+\\s*=");
  }

  @Test
  void mentionsCannotSmuggleMarkup() {
    Map<String, String> people = Map.of("x@atlas.example", "\"><img src=x onerror=alert(1)>");

    String html = markdown.toHtml("@x@atlas.example", people);

    assertThat(tagsIn(html)).containsOnly("p", "span");
    assertThat(html).contains("&#34;&gt;&lt;img src&#61;x onerror&#61;alert(1)&gt;");
  }

  private String html(String post) {
    return markdown.toHtml(post, Map.of());
  }

  private static Set<String> tagsIn(String html) {
    return TAG.matcher(html)
        .results()
        .map(tag -> tag.group(1).toLowerCase())
        .collect(Collectors.toSet());
  }
}
