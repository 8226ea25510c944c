package io.shoreline.portal.threads;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PostMarkdownTest {

  private static final Map<String, String> PEOPLE =
      Map.of(
          "chloe.martin@northwind.example", "Chloé Martin",
          "Luc.Martin@Northwind.example", "Luc Martin");

  private final PostMarkdown markdown = new PostMarkdown();

  @Test
  void findsMentionsInTextAsLowerCasedAddresses() {
    assertThat(
            markdown.mentionedEmails(
                "Thanks @Chloe.Martin@Northwind.EXAMPLE, and (@luc.martin@northwind.example)."))
        .containsExactly("chloe.martin@northwind.example", "luc.martin@northwind.example");
  }

  @Test
  void leavesTrailingPunctuationOutOfTheAddress() {
    assertThat(
            markdown.mentionedEmails(
                "@a@atlas.example. @b@atlas.example, @c@atlas.example) @d@atlas.example!"))
        .containsExactly(
            "a@atlas.example", "b@atlas.example", "c@atlas.example", "d@atlas.example");
  }

  @Test
  void countsEachPersonOnce() {
    assertThat(markdown.mentionedEmails("@a@atlas.example and again @A@ATLAS.example"))
        .containsExactly("a@atlas.example");
  }

  @Test
  void plainAddressesAreNoMentions() {
    assertThat(markdown.mentionedEmails("write to amina@atlas.example or x.@b@atlas.example"))
        .isEmpty();
  }

  @Test
  void mentionsInCodeAreNoMentions() {
    String post =
        "Run `@a@atlas.example` or\n\n```\n@b@atlas.example\n```\n\n    @c@atlas.example\n";

    assertThat(markdown.mentionedEmails(post)).isEmpty();
  }

  @Test
  void mentionsInsideFormattingCount() {
    assertThat(markdown.mentionedEmails("**@a@atlas.example** and _@b@atlas.example_"))
        .containsExactly("a@atlas.example", "b@atlas.example");
  }

  @Test
  void nothingToFindInNothing() {
    assertThat(markdown.mentionedEmails("")).isEmpty();
    assertThat(markdown.mentionedEmails(null)).isEmpty();
  }

  @Test
  void showsKnownPeopleByName() {
    assertThat(
            markdown.toHtml(
                "Hi @CHLOE.MARTIN@northwind.example, and @luc.martin@northwind.example.", PEOPLE))
        .isEqualTo(
            "<p>Hi <span class=\"mention\">&#64;Chloé Martin</span>, and"
                + " <span class=\"mention\">&#64;Luc Martin</span>.</p>\n");
  }

  @Test
  void leavesUnknownAddressesAsTyped() {
    assertThat(markdown.toHtml("cc @someone@elsewhere.example", PEOPLE))
        .isEqualTo("<p>cc &#64;someone&#64;elsewhere.example</p>\n");
  }

  @Test
  void leavesMentionsInCodeAsTyped() {
    assertThat(markdown.toHtml("`@chloe.martin@northwind.example`", PEOPLE))
        .isEqualTo("<p><code>&#64;chloe.martin&#64;northwind.example</code></p>\n");
  }

  @Test
  void escapesDisplayNames() {
    Map<String, String> people = Map.of("x@atlas.example", "<b>Bold</b> & <script>x</script>");

    assertThat(markdown.toHtml("@x@atlas.example", people))
        .isEqualTo(
            "<p><span class=\"mention\">&#64;&lt;b&gt;Bold&lt;/b&gt; &amp;"
                + " &lt;script&gt;x&lt;/script&gt;</span></p>\n");
  }

  @Test
  void rendersNestedEmphasisListsAndQuotes() {
    String post =
        "# Plan\n\n3. first\n4. second\n   - *one **two***\n   - `x < y`\n\n> quoted\n\n---";

    assertThat(markdown.toHtml(post, Map.of()))
        .isEqualTo(
            "<h1>Plan</h1>\n<ol start=\"3\"><li>first</li><li>second\n<ul><li><em>one"
                + " <strong>two</strong></em></li><li><code>x &lt; y</code></li></ul>\n</li></ol>\n"
                + "<blockquote>\n<p>quoted</p>\n</blockquote>\n<hr />\n");
  }

  @Test
  void rendersCodeBlocksVerbatimAndEscaped() {
    String post = "```java\nif (a < b && c) { return \"<b>\"; }\n```\n\n    indented <i>\n";

    assertThat(markdown.toHtml(post, Map.of()))
        .isEqualTo(
            "<pre><code>if (a &lt; b &amp;&amp; c) { return &#34;&lt;b&gt;&#34;; }\n</code></pre>\n"
                + "<pre><code>indented &lt;i&gt;\n</code></pre>\n");
  }

  @Test
  void keepsHardLineBreaks() {
    assertThat(markdown.toHtml("one  \ntwo", Map.of())).isEqualTo("<p>one<br />\ntwo</p>\n");
  }

  @Test
  void linksWebAddressesButNotEmailAddresses() {
    assertThat(
            markdown.toHtml(
                "see www.example.org or https://example.com/a, or a@b.example", Map.of()))
        .isEqualTo(
            "<p>see <a href=\"http://www.example.org\" target=\"_blank\""
                + " rel=\"nofollow noopener noreferrer\">www.example.org</a> or"
                + " <a href=\"https://example.com/a\" target=\"_blank\""
                + " rel=\"nofollow noopener noreferrer\">https://example.com/a</a>,"
                + " or a&#64;b.example</p>\n");
  }

  @Test
  void opensWrittenLinksInANewTabWithoutOpener() {
    assertThat(
            markdown.toHtml(
                "[docs](https://example.com \"Docs\") and [mail](mailto:a@b.example)", Map.of()))
        .isEqualTo(
            "<p><a href=\"https://example.com\" target=\"_blank\""
                + " rel=\"nofollow noopener noreferrer\">docs</a> and"
                + " <a href=\"mailto:a&#64;b.example\" target=\"_blank\""
                + " rel=\"nofollow noopener noreferrer\">mail</a></p>\n");
  }
}
