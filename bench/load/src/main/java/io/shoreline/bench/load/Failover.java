package io.shoreline.bench.load;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Issue 11's cluster check, against two portal nodes in one cluster behind the load balancer: a
 * person working through the balancer keeps working when the node serving them is killed (session,
 * roles, the view state of the pages they had open and a view-scoped bean's state), a post reaches
 * a person whose page is open on the other node, no acknowledged post is lost, and sign-in
 * throttling counts the failures made on either node.
 */
final class Failover {

  private static final String LIVE_SOCKET = "/live/posts";
  private static final Pattern THREAD_VERSION =
      Pattern.compile("name=\"version\" value=\"(\\d+)\"");
  private static final String LOCKED = "Too many failed sign-in attempts";

  private final Settings settings;
  private final List<String> failures = new ArrayList<>();

  Failover(Settings settings) {
    this.settings = settings;
  }

  boolean run() throws Exception {
    Settings.Target target = settings.target("");
    Dataset.Thread thread;
    String admin;
    List<String> members;
    try (Dataset dataset = target.dataset()) {
      thread = dataset.longThreads(1).get(0);
      admin = dataset.adminEmail();
      members = dataset.otherMembers(thread.workspace(), 2);
    }
    String[] nodes = {settings.text("node-1"), settings.text("node-2")};
    long[] pids = {settings.number("node-1-pid", 0), settings.number("node-2-pid", 0)};

    throttlingHoldsOnBothNodes(nodes, members.get(1));

    PortalSession person = PortalSession.signIn(target.base(), admin);
    int serving = person.route().endsWith("1") ? 0 : 1;
    System.out.printf("signed in through the balancer; served by node %d%n", serving + 1);
    check(!person.route().isEmpty(), "the session id names its node (jvmRoute)");

    LiveListener colleague = openOnNode(nodes[1 - serving], members.get(0), thread);
    List<String> acknowledged = new ArrayList<>();
    String marker = "failover " + Long.toString(System.currentTimeMillis(), 36) + " ";
    int seq = writePosts(person, thread, marker, 1, 5, acknowledged);
    String pushed = colleague.awaitContaining("\"seq\":" + seq, 10_000);
    check(
        pushed != null,
        "a post written on node "
            + (serving + 1)
            + " reached a page open on"
            + " node "
            + (2 - serving)
            + " (live update)");
    colleague.close();

    FeedEditorFailover editor = new FeedEditorFailover(person, thread.workspace());
    check(
        editor.addColumnBeforeTheKill(),
        "the feed editor added a column row (held by its view-scoped bean)");
    String page = person.get(thread.page().substring(1)).body();
    boolean pinned = pinned(target, thread);

    kill(pids[serving]);
    System.out.printf("node %d killed (kill -9)%n", serving + 1);

    HttpResponse<String> pin =
        person.postForm(thread.page().substring(1), pinForm(page, thread, !pinned));
    check(
        pin.statusCode() == 302 || pin.statusCode() == 200 && !pin.body().contains("expired"),
        "the page opened before the kill still posts its form (view state): " + pin.statusCode());
    check(
        pinned(target, thread) != pinned, "the form's change was made by the node that took over");
    HttpResponse<String> saved = editor.saveAfterTheKill();
    List<String> columns =
        Queries.column(target, "SELECT columns_json FROM feed WHERE name = ?", editor.feedName());
    check(
        saved.statusCode() == 302
            && columns.size() == 1
            && columns.get(0).contains("\"day\"")
            && columns.get(0).contains("\"calls\""),
        "the feed editor opened before the kill saves the column row added then (view-scoped bean): "
            + saved.statusCode()
            + " "
            + columns
            + " "
            + FeedEditorFailover.messages(saved.body()));
    HttpResponse<String> reread = person.get(thread.page().substring(1));
    check(
        reread.statusCode() == 200 && reread.body().contains("id=\"compose\""),
        "still signed in, with the right to write, after the kill: " + reread.statusCode());
    check(
        person.route().endsWith(Integer.toString(2 - serving)),
        "the session moved to node " + (2 - serving) + ": " + person.route());
    writePosts(person, thread, marker, 6, 10, acknowledged);

    List<String> stored = Queries.posts(target, thread, marker);
    List<String> lost = acknowledged.stream().filter(text -> !stored.contains(text)).toList();
    check(lost.isEmpty(), "every acknowledged post is stored: lost " + lost);
    System.out.printf(
        "RESULT sessions_lost=%d writes_acknowledged=%d writes_lost=%d checks_failed=%d → %s%n",
        reread.statusCode() == 200 ? 0 : 1,
        acknowledged.size(),
        lost.size(),
        failures.size(),
        Stats.verdict(failures.isEmpty()));
    return failures.isEmpty();
  }

  /** Wrong passwords for one account, alternating nodes: the limit counts them all. */
  private void throttlingHoldsOnBothNodes(String[] nodes, String email) throws Exception {
    for (int attempt = 0; attempt < 5; attempt++) {
      PortalSession.stranger(nodes[attempt % 2]).attemptSignIn(email, "wrong-" + attempt);
    }
    for (String node : nodes) {
      HttpResponse<String> right =
          PortalSession.stranger(node).attemptSignIn(email, PortalSession.PASSWORD);
      check(
          right.statusCode() != 302 && right.body().contains(LOCKED),
          "after 5 failures spread over both nodes, " + node + " refuses even the right password");
    }
  }

  private static LiveListener openOnNode(String node, String email, Dataset.Thread thread)
      throws Exception {
    PortalSession colleague = PortalSession.signIn(node, email);
    colleague.get(thread.page().substring(1)); // the page the socket belongs to, as a browser
    return LiveListener.open(
        node.replaceFirst("^http", "ws") + LIVE_SOCKET, colleague.cookieHeader());
  }

  /** Writes posts {@code from}..{@code to} through the REST API; returns the last one's number. */
  private int writePosts(
      PortalSession person,
      Dataset.Thread thread,
      String marker,
      int from,
      int to,
      List<String> acknowledged)
      throws Exception {
    int seq = 0;
    String path = "api/v1/workspaces/" + thread.workspace() + "/threads/" + thread.id() + "/posts";
    for (int i = from; i <= to; i++) {
      String text = marker + i;
      HttpResponse<String> answer = person.postJson(path, "{\"markdown\":\"" + text + "\"}");
      check(answer.statusCode() == 201, "post " + i + " acknowledged: " + answer.statusCode());
      if (answer.statusCode() == 201) {
        acknowledged.add(text);
        seq =
            Integer.parseInt(PortalSession.find(Pattern.compile("\"seq\":(\\d+)"), answer.body()));
      }
    }
    return seq;
  }

  private static Map<String, String> pinForm(String page, Dataset.Thread thread, boolean pin) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("moderate", "moderate");
    fields.put("w", Long.toString(thread.workspace()));
    fields.put("t", Long.toString(thread.id()));
    fields.put("version", PortalSession.find(THREAD_VERSION, page));
    fields.put("moderate:pin", "");
    fields.put("flag", Boolean.toString(pin));
    PortalSession.putViewFields(fields, page);
    return fields;
  }

  private static void kill(long pid) throws Exception {
    ProcessHandle node = ProcessHandle.of(pid).orElseThrow();
    node.destroyForcibly();
    node.onExit().get();
  }

  private static boolean pinned(Settings.Target target, Dataset.Thread thread) throws Exception {
    return !Queries.column(target, "SELECT pinned FROM conversation WHERE id = ?", thread.id())
        .get(0)
        .equals("0");
  }

  private void check(boolean held, String what) {
    System.out.printf("  %s %s%n", held ? "ok  " : "FAIL", what);
    if (!held) {
      failures.add(what);
    }
  }
}
