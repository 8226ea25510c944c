package io.shoreline.portal.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * What in a page could run script, load code or send the reader elsewhere, parsed as a browser
 * would (jsoup follows the HTML5 parsing rules): script elements, on* handlers, script URLs,
 * frames, plugins, base and refresh elements, forms, CSS that loads or evaluates. A page showing
 * people's text is compared with a baseline, the same page showing harmless text in the same
 * records, so that the page's own scripts and buttons are not counted.
 */
public final class ActiveMarkup {

  private static final Set<String> ACTIVE_ELEMENTS =
      Set.of(
          "script",
          "iframe",
          "frame",
          "frameset",
          "object",
          "embed",
          "applet",
          "base",
          "link",
          "style",
          "meta",
          "form",
          "input",
          "button",
          "select",
          "textarea",
          "keygen",
          "isindex",
          "svg",
          "math",
          "template",
          "xmp",
          "plaintext",
          "video",
          "audio",
          "source",
          "marquee",
          "details");
  private static final Set<String> URL_ATTRIBUTES =
      Set.of(
          "href",
          "src",
          "action",
          "formaction",
          "xlink:href",
          "data",
          "poster",
          "background",
          "dynsrc",
          "lowsrc",
          "codebase",
          "code",
          "cite",
          "content",
          "to",
          "from",
          "values");
  private static final Pattern SCRIPT_URL =
      Pattern.compile("(?:\\d+;\\s*url=)?(javascript|vbscript|livescript|mocha|data):.*");
  private static final Pattern RASTER_IMAGE =
      Pattern.compile("data:image/(png|gif|jpeg|webp)[;,].*");
  private static final Pattern ACTIVE_CSS =
      Pattern.compile("expression|javascript:|url\\s*\\(|behavior|binding|@import");
  private static final Pattern CONTROLS = Pattern.compile("[\\x00-\\x20\\x7f\\ufffd]+");
  private static final Pattern INVISIBLE = Pattern.compile("[\\x00\\ufffd]");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private ActiveMarkup() {}

  /**
   * Fails, naming each, when the page holds more active markup of a kind than the baseline does.
   */
  public static void assertNoneAdded(String what, String page, String baseline) {
    Map<String, Integer> before = of(Jsoup.parse(baseline));
    List<String> added = new ArrayList<>();
    of(Jsoup.parse(page))
        .forEach(
            (kind, count) -> {
              if (count > before.getOrDefault(kind, 0)) {
                added.add(kind + " ×" + (count - before.getOrDefault(kind, 0)));
              }
            });
    assertThat(added).as("active markup that people's text added to " + what).isEmpty();
    assertThat(Jsoup.parse(page).text())
        .as("an expression of people's text evaluated on " + what)
        .doesNotContain(XssPayloads.EVALUATED);
  }

  /** Fails when one of these texts is not shown, character for character, as text of the page. */
  public static void assertShownAsText(String what, String page, List<String> texts) {
    String shown = normalized(Jsoup.parse(page).text());
    List<String> missing =
        texts.stream().filter(text -> !shown.contains(normalized(text))).toList();
    assertThat(missing).as("texts not shown as typed on " + what).isEmpty();
  }

  /**
   * The HTML a Faces partial response puts into the page: its updates, one after another. An update
   * whose CDATA section someone's text closed early comes back with the elements that followed.
   * Fails when the browser could not parse the response at all.
   */
  public static String partialHtml(String xml) {
    assertWellFormed(xml);
    Document response = Jsoup.parse(xml, "", Parser.xmlParser());
    StringBuilder html = new StringBuilder();
    for (Element update : response.select("update")) {
      for (Node child : update.childNodes()) {
        html.append(child instanceof TextNode text ? text.getWholeText() : child.outerHtml());
      }
    }
    for (Element eval : response.select("eval")) {
      html.append("<script>").append(eval.wholeText()).append("</script>");
    }
    return html.toString();
  }

  /** A partial response the browser cannot parse (a control character, say) breaks the page. */
  private static void assertWellFormed(String xml) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    } catch (ParserConfigurationException | SAXException | IOException e) {
      throw new AssertionError("a partial response is not well-formed XML: " + e.getMessage(), e);
    }
  }

  /**
   * Each kind of active markup in the document, with how often it occurs; paginators show no one's
   * text, and their buttons depend on the number of rows only, so they are not counted.
   */
  static Map<String, Integer> of(Document page) {
    page.select(".ui-paginator").remove();
    Map<String, Integer> kinds = new TreeMap<>();
    for (Element element : page.getAllElements()) {
      String tag = element.normalName();
      if (ACTIVE_ELEMENTS.contains(tag)) {
        kinds.merge("<" + tag + ">", 1, Integer::sum);
      }
      if (tag.equals("script") && element.hasAttr("src")) {
        kinds.merge("<script src=" + element.attr("src") + ">", 1, Integer::sum);
      }
      for (Attribute attribute : element.attributes()) {
        String kind = kindOf(tag, attribute);
        if (kind != null) {
          kinds.merge(kind, 1, Integer::sum);
        }
      }
    }
    return kinds;
  }

  private static String kindOf(String tag, Attribute attribute) {
    String name = attribute.getKey().toLowerCase(Locale.ROOT);
    String value = CONTROLS.matcher(attribute.getValue()).replaceAll("").toLowerCase(Locale.ROOT);
    if (name.startsWith("on") || name.equals("srcdoc") || name.equals("formaction")) {
      return tag + " @" + name;
    }
    if (URL_ATTRIBUTES.contains(name)
        && SCRIPT_URL.matcher(value).matches()
        && !RASTER_IMAGE.matcher(value).matches()) {
      return tag + " @" + name + "=" + value.substring(0, value.indexOf(':') + 1);
    }
    if (name.equals("style") && ACTIVE_CSS.matcher(value).find()) {
      return tag + " @style=" + value;
    }
    return null;
  }

  private static String normalized(String text) {
    return SPACES.matcher(INVISIBLE.matcher(text).replaceAll("")).replaceAll(" ").strip();
  }
}
