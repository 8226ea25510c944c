package io.shoreline.bench.load;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The failover of a page whose state lives in a view-scoped bean: the feed editor keeps the columns
 * being defined in one ({@code FeedEditor}, @ViewScoped) until the feed is saved. Before the kill
 * the person adds a second column row (Ajax: only that bean knows of it); after the kill they save
 * both columns through the other node, which can only place the second one's fields if the bean
 * came over with the session.
 */
final class FeedEditorFailover {

  private static final String PAGE = "app/feed-edit.xhtml?w=";
  private static final String FORM = "feed";
  private static final String SECOND_NAME_FIELD = "feed:columns:1:column-name";
  private static final Pattern MESSAGE =
      Pattern.compile("class=\"ui-messages?-\\w+-(?:summary|detail)\"[^>]*>([^<]*)<");

  private final PortalSession person;
  private final long workspace;
  private final String feedName;
  private String page;

  FeedEditorFailover(PortalSession person, long workspace) {
    this.person = person;
    this.workspace = workspace;
    this.feedName = "failover feed " + Long.toString(System.currentTimeMillis(), 36);
  }

  /** Opens the editor and adds a column row; true when the answer shows the second row's fields. */
  boolean addColumnBeforeTheKill() throws IOException, InterruptedException {
    page = person.get(PAGE + workspace).body();
    Map<String, String> fields = formFields("day", null);
    fields.put("jakarta.faces.partial.ajax", "true");
    fields.put("jakarta.faces.source", "feed:add-column");
    fields.put("jakarta.faces.partial.execute", FORM);
    fields.put("jakarta.faces.partial.render", "feed:columns");
    fields.put("feed:add-column", "feed:add-column");
    HttpResponse<String> added = person.postForm(action(), fields);
    return added.statusCode() == 200 && added.body().contains(SECOND_NAME_FIELD);
  }

  /**
   * Saves both columns with the form opened before the kill: 302 to the new feed when it worked.
   */
  HttpResponse<String> saveAfterTheKill() throws IOException, InterruptedException {
    Map<String, String> fields = formFields("day", "calls");
    fields.put("feed:save", "");
    return person.postForm(action(), fields);
  }

  String feedName() {
    return feedName;
  }

  /** The messages a page answered with, to say why a save did not happen. */
  static String messages(String page) {
    Matcher summary = MESSAGE.matcher(page);
    StringBuilder messages = new StringBuilder();
    while (summary.find()) {
      messages.append(summary.group(1)).append("; ");
    }
    return messages.toString();
  }

  private Map<String, String> formFields(String first, String second) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put(FORM, FORM);
    fields.put("w", Long.toString(workspace));
    fields.put("feed:name", feedName);
    fields.put("feed:description", "");
    column(fields, 0, first, "DATE");
    fields.put("feed:columns:0:column-key_input", "on"); // a feed's rows need a key
    if (second != null) {
      column(fields, 1, second, "INTEGER");
    }
    PortalSession.putViewFields(fields, page);
    return fields;
  }

  private static void column(Map<String, String> fields, int row, String name, String type) {
    String prefix = "feed:columns:" + row + ":";
    fields.put(prefix + "column-name", name);
    fields.put(prefix + "column-type_input", type);
    fields.put(prefix + "column-values", "");
  }

  private String action() {
    String action =
        PortalSession.find(
                Pattern.compile("<form id=\"" + FORM + "\"[^>]*action=\"([^\"]+)\""), page)
            .replace("&amp;", "&");
    return action.startsWith("/") ? action.substring(1) : action;
  }
}
