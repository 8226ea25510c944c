package io.shoreline.bench.load;

import java.util.ArrayList;
import java.util.List;

/**
 * The page views the benchmarks load, for one portal and its dataset: each a name and the requests
 * (path + the header that authenticates it) taken round-robin. The same kinds exist in every
 * dataset, whatever its size.
 */
final class Pages {

  static final String COOKIE = "Cookie";
  static final String AUTHORIZATION = "Authorization";
  static final int REST_PAGES = 5;

  private final List<Dataset.Thread> threads;
  private final Dataset.Feed feed;
  private final List<String> cookies;
  private final String token;

  Pages(List<Dataset.Thread> threads, Dataset.Feed feed, List<String> cookies, String token) {
    this.threads = threads;
    this.feed = feed;
    this.cookies = cookies;
    this.token = token;
  }

  /** Signs {@code sessions} sessions of the dataset's admin in and makes a feed read token. */
  static Pages of(String base, Dataset dataset, int sessions) throws Exception {
    String admin = dataset.adminEmail();
    List<String> cookies = new ArrayList<>();
    PortalSession first = null;
    for (int i = 0; i < sessions; i++) {
      PortalSession session = PortalSession.signIn(base, admin);
      first = first == null ? session : first;
      cookies.add(session.cookieHeader());
    }
    Dataset.Feed feed = dataset.kpiFeed();
    String token = first.readToken(feed.workspace(), Dataset.KPI_FEED);
    return new Pages(dataset.longThreads(20), feed, cookies, token);
  }

  /** A thread's first page of 50 posts, over the long threads and the sessions. */
  List<Wrk.Request> threadPage() {
    List<Wrk.Request> requests = new ArrayList<>();
    for (int i = 0; i < threads.size() * cookies.size(); i++) {
      Dataset.Thread thread = threads.get(i % threads.size());
      requests.add(new Wrk.Request(thread.page(), COOKIE, cookies.get(i % cookies.size())));
    }
    return requests;
  }

  /** A page of 100 KPI rows through the REST API with the read token. */
  List<Wrk.Request> feedRows() {
    List<Wrk.Request> requests = new ArrayList<>();
    for (int page = 0; page < REST_PAGES; page++) {
      requests.add(new Wrk.Request(feed.rows(page), AUTHORIZATION, "Bearer " + token));
    }
    return requests;
  }

  /** A workspace page (no list of rows in the path) for each of the threads' workspaces. */
  List<Wrk.Request> workspacePage(String page) {
    List<Wrk.Request> requests = new ArrayList<>();
    for (int i = 0; i < threads.size(); i++) {
      String path = "/app/" + page + "?w=" + threads.get(i).workspace();
      requests.add(new Wrk.Request(path, COOKIE, cookies.get(i % cookies.size())));
    }
    return requests;
  }

  List<Wrk.Request> feedPage() {
    String path = "/app/feed.xhtml?w=" + feed.workspace() + "&f=" + feed.id();
    return List.of(new Wrk.Request(path, COOKIE, cookies.get(0)));
  }

  List<Wrk.Request> threadPostsApi() {
    List<Wrk.Request> requests = new ArrayList<>();
    for (Dataset.Thread thread : threads) {
      String path =
          "/api/v1/workspaces/" + thread.workspace() + "/threads/" + thread.id() + "/posts?size=50";
      requests.add(new Wrk.Request(path, COOKIE, cookies.get(0)));
    }
    return requests;
  }

  /** Every kind, by name, for the dataset comparison and the statement counts. */
  List<Kind> kinds() {
    return List.of(
        new Kind("workspace home", workspacePage("workspace.xhtml")),
        new Kind("thread list", workspacePage("threads.xhtml")),
        new Kind("thread page (50 posts)", threadPage()),
        new Kind("visits list", workspacePage("visits.xhtml")),
        new Kind("bulletins list", workspacePage("bulletins.xhtml")),
        new Kind("KPI feed page", feedPage()),
        new Kind("REST KPI rows (100)", feedRows()),
        new Kind("REST thread posts (50)", threadPostsApi()));
  }

  record Kind(String name, List<Wrk.Request> requests) {}

  /** The reference requests, served by bench/reference beside the portal. */
  static List<Wrk.Request> staticTable() {
    return List.of(new Wrk.Request("/reference/table.xhtml", "X-Bench", "reference"));
  }

  static List<Wrk.Request> trivialEndpoint() {
    return List.of(new Wrk.Request("/reference/api/ping", "X-Bench", "reference"));
  }
}
