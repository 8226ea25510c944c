package io.shoreline.portal.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A further page of a lazy p:dataTable, fetched as its paginator does: a Faces Ajax request. */
public final class LazyTables {

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
  private static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]+)\"");

  private LazyTables() {}

  /**
   * The partial response for rows first.. first + rows - 1 of the table (client id "form:table") on
   * the page at path, which the client loads first; extra carries the page's own parameters.
   */
  public static String page(
      WebClient web, String path, String table, int first, int rows, Map<String, String> extra)
      throws Exception {
    HttpResponse<String> page = web.get(path);
    assertThat(page.statusCode()).as(path).isEqualTo(200);
    Map<String, String> request = new HashMap<>(extra);
    String form = table.substring(0, table.lastIndexOf(':'));
    request.put(form, form);
    request.put("jakarta.faces.partial.ajax", "true");
    request.put("jakarta.faces.source", table);
    request.put("jakarta.faces.partial.execute", table);
    request.put("jakarta.faces.partial.render", table);
    request.put(table + "_pagination", "true");
    request.put(table + "_first", String.valueOf(first));
    request.put(table + "_rows", String.valueOf(rows));
    request.put(table + "_encodeFeature", "true");
    request.put("jakarta.faces.ViewState", find(VIEW_STATE, page.body()));
    request.put("primefaces.nonce", find(NONCE, page.body()));
    String action = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
    HttpResponse<String> partial = web.post(action, request);
    assertThat(partial.statusCode()).as(path + " rows from " + first).isEqualTo(200);
    assertThat(partial.body())
        .as(path + " rows from " + first)
        .startsWith("<?xml")
        .contains("data-ri=\"" + first + "\""); // the page's first row: the request was understood
    return partial.body();
  }

  private static String find(Pattern pattern, String page) {
    Matcher matcher = pattern.matcher(page);
    assertThat(matcher.find()).as(pattern.pattern()).isTrue();
    return matcher.group(1);
  }
}
