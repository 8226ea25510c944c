import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The feeds ingest benchmark (bench/README.md): through a running portal, as the demo's Atlas
 * coordinator, makes a write token for the Northwind–Atlas feed "Daily KPIs" on the API tokens
 * page, posts ROWS generated KPI rows to the REST API in requests of PER_REQUEST CSV rows, then
 * inserts the same rows with raw batched JDBC into the same table under another feed id, and
 * prints both rates and their ratio. Run by bench/feeds-ingest.sh.
 */
public class FeedsIngestBench {

  static final String ADMIN = "amina.haddad@atlas.example";
  static final String PASSWORD = "Shoreline-demo-1";
  static final String FEED = "Daily KPIs";
  static final char SEPARATOR = '\u001f';
  static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
  static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]+)\"");

  final String base;
  final HttpClient http =
      HttpClient.newBuilder()
          .cookieHandler(new CookieManager())
          .version(HttpClient.Version.HTTP_1_1)
          .build();

  FeedsIngestBench(String base) {
    this.base = base.endsWith("/") ? base : base + "/";
  }

  public static void main(String[] args) throws Exception {
    String base = args[0];
    String jdbcUrl = args[1];
    String user = args[2];
    String password = args.length > 3 ? args[3] : "";
    int rows = Integer.getInteger("rows", 1_000_000);
    int perRequest = Integer.getInteger("perRequest", 50_000);
    int batch = Integer.getInteger("batch", 1000);
    FeedsIngestBench bench = new FeedsIngestBench(base);

    bench.signIn();
    long workspace = bench.workspaceNamed("Northwind");
    String secret = bench.writeToken(workspace);
    long feed = bench.feedId(workspace, secret);
    System.out.printf("workspace %d, feed %d (%s), token %s…%n", workspace, feed, FEED,
        secret.substring(0, 10));
    List<String> header = bench.columns(workspace, feed, secret);
    System.out.println("columns: " + header);

    List<byte[]> bodies = new ArrayList<>();
    for (int first = 0; first < rows; first += perRequest) {
      bodies.add(csv(header, first, Math.min(rows, first + perRequest)));
    }
    // warm-up: one small request (a day before the measured ones), so that the JIT and the pool
    // are not what is measured
    bench.post(workspace, feed, secret, csv(header, -1000, 0), "warm-up");

    long start = System.nanoTime();
    for (int i = 0; i < bodies.size(); i++) {
      bench.post(workspace, feed, secret, bodies.get(i), "bench-" + i);
    }
    double restSeconds = (System.nanoTime() - start) / 1e9;
    double restRate = rows / restSeconds;
    System.out.printf("REST: %,d rows in %.2f s = %,.0f rows/s%n", rows, restSeconds, restRate);

    double jdbcSeconds = jdbc(jdbcUrl, user, password, workspace, 900_000_000L + feed, header,
        rows, perRequest, batch);
    double jdbcRate = rows / jdbcSeconds;
    System.out.printf("JDBC: %,d rows in %.2f s = %,.0f rows/s (batch %d)%n", rows, jdbcSeconds,
        jdbcRate, batch);
    System.out.printf("ratio REST/JDBC: %.2f (goal >= 0.80)%n", restRate / jdbcRate);
  }

  // ---- the generated rows: deterministic, 1000 queues a day ----

  static String[] row(List<String> header, int i) {
    String[] cells = new String[header.size()];
    for (int c = 0; c < header.size(); c++) {
      cells[c] = cell(header.get(c).toLowerCase(), i);
    }
    return cells;
  }

  static String cell(String column, int i) {
    int offered = 200 + Math.floorMod(i * 37, 800);
    int answered = offered - Math.floorMod(i * 13, 50);
    if (column.contains("date")) {
      return LocalDate.of(2030, 1, 1).plusDays(Math.floorDiv(i, 1000)).toString();
    }
    if (column.contains("queue")) {
      return "Q" + Math.floorMod(i, 1000);
    }
    if (column.contains("offered")) {
      return Integer.toString(offered);
    }
    if (column.contains("answered")) {
      return Integer.toString(answered);
    }
    if (column.contains("service")) {
      return (70 + Math.floorMod(i, 30)) + "." + Math.floorMod(i, 10); // percent, one decimal (the demo feed: 5,1)
    }
    if (column.contains("aht")) {
      return Integer.toString(180 + Math.floorMod(i, 240));
    }
    if (column.contains("fcr")) {
      return "0." + (60 + Math.floorMod(i, 35)); // a share, two decimals (3,2)
    }
    if (column.contains("csat")) {
      return "4." + Math.floorMod(i, 10);
    }
    return "x" + i;
  }

  static byte[] csv(List<String> header, int from, int to) {
    StringBuilder out = new StringBuilder((to - from) * 64);
    out.append(String.join(",", header)).append("\r\n");
    for (int i = from; i < to; i++) {
      out.append(String.join(",", row(header, i))).append("\r\n");
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  // ---- the physical reference ----

  static double jdbc(String url, String user, String password, long workspace, long feed,
      List<String> header, int rows, int perTransaction, int batch) throws Exception {
    String withRewrite =
        url + (url.contains("?") ? "&" : "?") + "rewriteBatchedStatements=true";
    try (Connection db = DriverManager.getConnection(withRewrite, user, password)) {
      db.setAutoCommit(false);
      List<Integer> keyColumns = keyColumns(header);
      long start = System.nanoTime();
      try (PreparedStatement insert =
          db.prepareStatement(
              "INSERT INTO feed_row (workspace_id, feed_id, row_key, from_version, to_version,"
                  + " seen_version, cells) VALUES (?, ?, ?, ?, NULL, NULL, ?)")) {
        for (int i = 0; i < rows; i++) {
          String[] cells = row(header, i);
          StringBuilder key = new StringBuilder();
          for (int k : keyColumns) {
            if (key.length() > 0) {
              key.append(SEPARATOR);
            }
            key.append(cells[k]);
          }
          insert.setLong(1, workspace);
          insert.setLong(2, feed);
          insert.setString(3, key.toString());
          insert.setInt(4, 1 + i / perTransaction);
          insert.setString(5, String.join(String.valueOf(SEPARATOR), cells));
          insert.addBatch();
          if ((i + 1) % batch == 0) {
            insert.executeBatch();
          }
          if ((i + 1) % perTransaction == 0) {
            insert.executeBatch();
            db.commit();
          }
        }
        insert.executeBatch();
        db.commit();
      }
      return (System.nanoTime() - start) / 1e9;
    }
  }

  /** The demo KPI feed's keys: date and queue. */
  static List<Integer> keyColumns(List<String> header) {
    List<Integer> keys = new ArrayList<>();
    for (int c = 0; c < header.size(); c++) {
      String name = header.get(c).toLowerCase();
      if (name.contains("date") || name.contains("queue")) {
        keys.add(c);
      }
    }
    return keys;
  }

  // ---- the portal, as a person and as a machine ----

  void signIn() throws Exception {
    String form = get("login.xhtml");
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("login", "login");
    fields.put("login:email", ADMIN);
    fields.put("login:password", PASSWORD);
    fields.put("login:submit", "");
    fields.put("jakarta.faces.ViewState", find(VIEW_STATE, form));
    fields.put("primefaces.nonce", find(NONCE, form));
    HttpResponse<String> signedIn = postForm("login.xhtml", fields);
    if (signedIn.statusCode() != 302) {
      throw new IllegalStateException("sign-in failed: " + signedIn.statusCode());
    }
  }

  long workspaceNamed(String name) throws Exception {
    Matcher ids = Pattern.compile("workspace\\.xhtml\\?w=(\\d+)").matcher(get("app/home.xhtml"));
    while (ids.find()) {
      long id = Long.parseLong(ids.group(1));
      Matcher title =
          Pattern.compile("id=\"workspace-name\">([^<]*)<")
              .matcher(get("app/workspace.xhtml?w=" + id));
      if (title.find() && title.group(1).contains(name)) {
        return id;
      }
    }
    throw new IllegalStateException("no workspace " + name);
  }

  /** Makes a token on the API tokens page, as a coordinator would, and reads its secret once. */
  String writeToken(long workspace) throws Exception {
    String page = get("app/api-tokens.xhtml?w=" + workspace);
    Matcher form =
        Pattern.compile("<form id=\"create\"[^>]*action=\"([^\"]+)\"(.*?)</form>", Pattern.DOTALL)
            .matcher(page);
    if (!form.find()) {
      throw new IllegalStateException("no create form on the API tokens page");
    }
    Matcher row = Pattern.compile("<tr[^>]*>(.*?)</tr>", Pattern.DOTALL).matcher(form.group(2));
    String prefix = null;
    while (row.find() && prefix == null) {
      if (row.group(1).contains(">" + FEED + "<")) {
        Matcher read = Pattern.compile("name=\"(create:feeds:\\d+:)read_input\"").matcher(row.group(1));
        if (read.find()) {
          prefix = read.group(1);
        }
      }
    }
    if (prefix == null) {
      throw new IllegalStateException("no feed " + FEED + " to give a token");
    }
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("create", "create");
    fields.put("w", Long.toString(workspace));
    fields.put("create:name", "bench " + System.currentTimeMillis());
    fields.put(prefix + "read_input", "on");
    fields.put(prefix + "write_input", "on");
    fields.put("create:create", "");
    fields.put("jakarta.faces.ViewState", find(VIEW_STATE, page));
    fields.put("primefaces.nonce", find(NONCE, page));
    String action = form.group(1).replace("&amp;", "&");
    String answer = postForm(action.startsWith("/") ? action.substring(1) : action, fields).body();
    return find(Pattern.compile("id=\"secret-value\"[^>]*>(shl_[A-Za-z0-9_-]+)<"), answer);
  }

  long feedId(long workspace, String secret) throws Exception {
    Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(feedJson(workspace, secret));
    if (!id.find()) {
      throw new IllegalStateException("no id of " + FEED);
    }
    return Long.parseLong(id.group(1));
  }

  List<String> columns(long workspace, long feed, String secret) throws Exception {
    Matcher columns =
        Pattern.compile("\"columns\":\\[([^\\]]*)\\]").matcher(feedJson(workspace, secret));
    if (!columns.find()) {
      throw new IllegalStateException("no columns of " + FEED);
    }
    List<String> names = new ArrayList<>();
    Matcher name = Pattern.compile("\"([^\"]+)\"").matcher(columns.group(1));
    while (name.find()) {
      names.add(name.group(1));
    }
    return names;
  }

  /** The feed's object in GET /feeds, as the token sees it. */
  String feedJson(long workspace, String secret) throws Exception {
    String feeds = api("GET", "api/v1/workspaces/" + workspace + "/feeds", secret, null, null).body();
    Matcher feed = Pattern.compile("\\{[^{}]*\\}").matcher(feeds);
    while (feed.find()) {
      if (feed.group().contains("\"name\":\"" + FEED + "\"")) {
        return feed.group();
      }
    }
    throw new IllegalStateException("no feed " + FEED + " in " + feeds);
  }

  void post(long workspace, long feed, String secret, byte[] body, String key) throws Exception {
    HttpResponse<String> answer =
        api("POST", "api/v1/workspaces/" + workspace + "/feeds/" + feed + "/rows?mode=merge",
            secret, body, key);
    if (answer.statusCode() != 201) {
      throw new IllegalStateException(
          "submission "
              + key
              + ": "
              + answer.statusCode()
              + " "
              + answer.body().substring(0, Math.min(500, answer.body().length())));
    }
  }

  HttpResponse<String> api(String method, String path, String secret, byte[] body, String key)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Authorization", "Bearer " + secret)
            .header("Accept", "application/json");
    if (body != null) {
      request.header("Content-Type", "text/csv; charset=UTF-8").header("Idempotency-Key", key);
    }
    request.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofByteArray(body));
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  String get(String path) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
        HttpResponse.BodyHandlers.ofString()).body();
  }

  HttpResponse<String> postForm(String path, Map<String, String> fields)
      throws IOException, InterruptedException {
    String body =
        fields.entrySet().stream()
            .map(f -> encode(f.getKey()) + "=" + encode(f.getValue()))
            .collect(Collectors.joining("&"));
    return http.send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static String find(Pattern pattern, String text) {
    Matcher matcher = pattern.matcher(text);
    if (!matcher.find()) {
      throw new IllegalStateException("no " + pattern);
    }
    return matcher.group(1);
  }

  static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
