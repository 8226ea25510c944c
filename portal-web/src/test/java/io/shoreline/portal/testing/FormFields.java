package io.shoreline.portal.testing;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The fields a browser would submit from a form's HTML: inputs with values, selected options. */
final class FormFields {

  private static final Pattern INPUT = Pattern.compile("<input\\b([^>]*)>");
  private static final Pattern SELECT =
      Pattern.compile("<select\\b[^>]*name=\"([^\"]+)\"[^>]*>(.*?)</select>", Pattern.DOTALL);
  private static final Pattern SELECTED =
      Pattern.compile("<option[^>]*value=\"([^\"]*)\"[^>]*selected");
  private static final Pattern FIRST_OPTION = Pattern.compile("<option[^>]*value=\"([^\"]*)\"");

  private FormFields() {}

  static Map<String, String> of(String formHtml) {
    Map<String, String> fields = new LinkedHashMap<>();
    Matcher input = INPUT.matcher(formHtml);
    while (input.find()) {
      String attributes = input.group(1);
      String type = attribute(attributes, "type");
      String name = attribute(attributes, "name");
      boolean unchecked =
          ("checkbox".equals(type) || "radio".equals(type)) && !attributes.contains("checked");
      // a file input is sent as a file part (WebClient.submitWithFiles), never as a text field
      boolean file = "file".equals(type);
      if (name != null && !"submit".equals(type) && !"button".equals(type) && !unchecked && !file) {
        String value = attribute(attributes, "value");
        fields.put(name, value == null ? "" : unescape(value));
      }
    }
    Matcher select = SELECT.matcher(formHtml);
    while (select.find()) {
      Matcher option = SELECTED.matcher(select.group(2));
      Matcher first = FIRST_OPTION.matcher(select.group(2));
      if (option.find()) {
        fields.put(select.group(1), unescape(option.group(1)));
      } else if (first.find()) {
        fields.put(select.group(1), unescape(first.group(1)));
      }
    }
    return fields;
  }

  private static String attribute(String attributes, String name) {
    Matcher value = Pattern.compile("\\b" + name + "=\"([^\"]*)\"").matcher(attributes);
    return value.find() ? value.group(1) : null;
  }

  private static String unescape(String html) {
    return html.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
  }
}
