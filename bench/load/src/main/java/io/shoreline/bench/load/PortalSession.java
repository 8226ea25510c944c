package io.shoreline.bench.load;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One person's browser session on the portal: signs in through the sign-in form and makes API
 * tokens on the API tokens page, as a person would, so the benchmarks touch no table by hand.
 */
final class PortalSession {

  static final String PASSWORD = "Shoreline-demo-1";
  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
  private static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]+)\"");

  private final String base;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient http =
      HttpClient.newBuilder().cookieHandler(cookies).version(HttpClient.Version.HTTP_1_1).build();

  private PortalSession(String base) {
    this.base = base.endsWith("/") ? base : base + "/";
  }

  static PortalSession signIn(String base, String email) throws IOException, InterruptedException {
    PortalSession session = new PortalSession(base);
    HttpResponse<String> answer = session.attemptSignIn(email, PASSWORD);
    if (answer.statusCode() != 302 || session.cookie("JSESSIONID") == null) {
      throw new IllegalStateException("sign-in of " + email + " failed: " + answer.statusCode());
    }
    return session;
  }

  /** A browser that has not signed in (yet). */
  static PortalSession stranger(String base) {
    return new PortalSession(base);
  }

  /** Fills the sign-in form and sends it: 302 when the portal let the person in. */
  HttpResponse<String> attemptSignIn(String email, String password)
      throws IOException, InterruptedException {
    String form = get("login.xhtml").body();
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("login", "login");
    fields.put("login:email", email);
    fields.put("login:password", password);
    fields.put("login:submit", "");
    putViewFields(fields, form);
    return postForm("login.xhtml", fields);
  }

  /** The page's view state and script nonce, which every form post must carry. */
  static void putViewFields(Map<String, String> fields, String page) {
    fields.put("jakarta.faces.ViewState", find(VIEW_STATE, page));
    fields.put("primefaces.nonce", find(NONCE, page));
  }

  /** The cluster node the session belongs to: the suffix of its id (jvmRoute), if any. */
  String route() {
    HttpCookie session = cookie("JSESSIONID");
    if (session == null || session.getValue().indexOf('.') < 0) {
      return "";
    }
    return session.getValue().substring(session.getValue().lastIndexOf('.') + 1);
  }

  /** The Cookie header that carries this session. */
  String cookieHeader() {
    return cookies.getCookieStore().getCookies().stream()
        .filter(cookie -> cookie.getName().startsWith("JSESSIONID"))
        .map(cookie -> cookie.getName() + "=" + cookie.getValue())
        .collect(Collectors.joining("; "));
  }

  /**
   * Makes a token that may read the named feed on the workspace's API tokens page and reads its
   * secret, shown once.
   */
  String readToken(long workspace, String feedName) throws IOException, InterruptedException {
    String page = get("app/api-tokens.xhtml?w=" + workspace).body();
    Matcher form =
        Pattern.compile("<form id=\"create\"[^>]*action=\"([^\"]+)\"(.*?)</form>", Pattern.DOTALL)
            .matcher(page);
    if (!form.find()) {
      throw new IllegalStateException("no create form on the API tokens page of " + workspace);
    }
    String prefix = null;
    Matcher row = Pattern.compile("<tr[^>]*>(.*?)</tr>", Pattern.DOTALL).matcher(form.group(2));
    while (prefix == null && row.find()) {
      if (row.group(1).contains(">" + feedName + "<")) {
        Matcher read =
            Pattern.compile("name=\"(create:feeds:\\d+:)read_input\"").matcher(row.group(1));
        prefix = read.find() ? read.group(1) : null;
      }
    }
    if (prefix == null) {
      throw new IllegalStateException("no feed " + feedName + " to give a token");
    }
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("create", "create");
    fields.put("w", Long.toString(workspace));
    fields.put("create:name", "bench " + System.nanoTime());
    fields.put(prefix + "read_input", "on");
    fields.put("create:create", "");
    putViewFields(fields, page);
    String action = form.group(1).replace("&amp;", "&");
    String answer = postForm(action.startsWith("/") ? action.substring(1) : action, fields).body();
    return find(Pattern.compile("id=\"secret-value\"[^>]*>(shl_[A-Za-z0-9_-]+)<"), answer);
  }

  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create(base + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> postJson(String path, String json) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> postForm(String path, Map<String, String> fields)
      throws IOException, InterruptedException {
    String body =
        fields.entrySet().stream()
            .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
            .collect(Collectors.joining("&"));
    return http.send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpCookie cookie(String name) {
    return cookies.getCookieStore().getCookies().stream()
        .filter(cookie -> cookie.getName().equals(name))
        .findFirst()
        .orElse(null);
  }

  static String find(Pattern pattern, String text) {
    Matcher matcher = pattern.matcher(text);
    if (!matcher.find()) {
      throw new IllegalStateException("no " + pattern);
    }
    return matcher.group(1);
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
