package io.shoreline.portal.testing;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The checker of the XSS tests finds what a payload would add to a page, and nothing else. */
class ActiveMarkupTest {

  private static final String PAGE =
      "<!DOCTYPE html><html><head><title>%s</title><script src=\"/p.js\"></script></head><body>"
          + "<form action=\"/x\"><input name=\"t\" value=\"%s\">"
          + "<button onclick=\"PrimeFaces.ab({})\">Go</button></form><p>%s</p>"
          + "<script nonce=\"n\">PrimeFaces.cw('x')</script></body></html>";

  private static String page(String title, String value, String text) {
    return String.format(PAGE, title, value, text);
  }

  private static final String BASELINE = page("Plain", "Plain", "Plain");

  @Test
  void escapedPayloadsAddNothing() {
    String escaped = "&lt;script&gt;alert(1)&lt;/script&gt; &quot;&gt;&lt;svg onload=alert(1)&gt;";
    assertThatCode(
            () ->
                ActiveMarkup.assertNoneAdded(
                    "an escaped page", page(escaped, escaped, escaped), BASELINE))
        .doesNotThrowAnyException();
    assertThatCode(
            () ->
                ActiveMarkup.assertShownAsText(
                    "an escaped page",
                    page(escaped, escaped, escaped),
                    List.of("<script>alert(1)</script> \"><svg onload=alert(1)>")))
        .doesNotThrowAnyException();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<img src=x onerror=alert(1)>",
        "</p><script>alert(1)</script>",
        "<a href=\" java&#x09;script:alert(1)\">x</a>",
        "<a href=\"data:text/html,x\">x</a>",
        "<iframe src=\"https://x.example\"></iframe>",
        "<base href=\"https://x.example/\">",
        "<meta http-equiv=\"refresh\" content=\"0;url=https://x.example\">",
        "<div style=\"width:expression(alert(1))\">x</div>",
        "<svg><animate onbegin=alert(1)>",
        "<form><button formaction=\"https://x.example\">x</button></form>",
        "481013"
      })
  void unescapedPayloadsInTextAreFound(String payload) {
    assertThatThrownBy(
            () -> ActiveMarkup.assertNoneAdded("a page", page("Plain", "Plain", payload), BASELINE))
        .isInstanceOf(AssertionError.class);
  }

  @Test
  void anAttributeBreakoutAndATitleBreakoutAreFound() {
    assertThatThrownBy(
            () ->
                ActiveMarkup.assertNoneAdded(
                    "a page", page("Plain", "\" onfocus=\"alert(1)", "Plain"), BASELINE))
        .isInstanceOf(AssertionError.class);
    assertThatThrownBy(
            () ->
                ActiveMarkup.assertNoneAdded(
                    "a page",
                    page("</title><script>alert(1)</script>", "Plain", "Plain"),
                    BASELINE))
        .isInstanceOf(AssertionError.class);
  }

  @Test
  void aCdataBreakoutInAPartialResponseIsFound() {
    String partial =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><changes>"
            + "<update id=\"t\"><![CDATA[<tr><td>%s</td></tr>]]></update></changes></partial-response>";
    String baseline = ActiveMarkup.partialHtml(String.format(partial, "Plain"));
    String split = "]]]]><![CDATA[><script>alert(1)</script>"; // Mojarra's safe way to write "]]>"
    assertThatCode(
            () ->
                ActiveMarkup.assertNoneAdded(
                    "a partial response",
                    ActiveMarkup.partialHtml(String.format(partial, split.replace("<s", "&lt;s"))),
                    baseline))
        .doesNotThrowAnyException();
    assertThatThrownBy(
            () ->
                ActiveMarkup.assertNoneAdded(
                    "a partial response",
                    ActiveMarkup.partialHtml(
                        String.format(partial, "]]><script>alert(1)</script>")),
                    baseline))
        .isInstanceOf(AssertionError.class);
  }

  @Test
  void aPartialResponseTheBrowserCannotParseFails() {
    assertThatThrownBy(
            () ->
                ActiveMarkup.partialHtml(
                    "<?xml version=\"1.0\"?><partial-response><changes><update id=\"t\">"
                        + "<![CDATA[a\u0000b]]></update></changes></partial-response>"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("not well-formed");
  }
}
