package io.shoreline.portal.testing;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
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
 * A plain HTTP client with its own cookie jar, for black-box tests below the browser: it does not
 * follow redirects, so tests see them.
 */
public final class WebClient {

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
  private static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]+)\"");

  private final URL base;
  private final HttpClient http;

  public WebClient(URL base) {
    this.base = base;
    this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
  }

  public HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create(base + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** A websocket of the portal ("live/posts"), opened with the session's cookie. */
  public java.net.http.WebSocket openSocket(
      String path, java.net.http.WebSocket.Listener listener) {
    String ws = base.toString().replaceFirst("^http", "ws");
    return http.newWebSocketBuilder().buildAsync(URI.create(ws + path), listener).join();
  }

  /** A download, byte for byte. */
  public HttpResponse<byte[]> download(String path) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create(base + path)).build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  /** A request with a body of this content type (the API's JSON), with the session's cookie. */
  public HttpResponse<String> send(String method, String path, String contentType, String body)
      throws IOException, InterruptedException {
    return send(method, path, contentType, body.getBytes(StandardCharsets.UTF_8));
  }

  /** As {@link #send(String, String, String, String)}, these bytes exactly (any encoding). */
  public HttpResponse<String> send(String method, String path, String contentType, byte[] body)
      throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", contentType)
            .header("Accept", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofByteArray(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  public HttpResponse<String> post(String path, Map<String, String> fields)
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

  /**
   * Loads the sign-in form and submits it as PrimeFaces' script would: with the view state and the
   * page's CSP nonce.
   */
  public HttpResponse<String> signIn(String email, String password)
      throws IOException, InterruptedException {
    String form = get("login.xhtml").body();
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("login", "login");
    fields.put("login:email", email);
    fields.put("login:password", password);
    fields.put("login:submit", "");
    fields.put("jakarta.faces.ViewState", find(VIEW_STATE, form));
    fields.put("primefaces.nonce", find(NONCE, form));
    return post("login.xhtml", fields);
  }

  /** A client signed in as this person; a refused sign-in fails the test. */
  public static WebClient signedIn(URL base, String email, String password)
      throws IOException, InterruptedException {
    WebClient web = new WebClient(base);
    int status = web.signIn(email, password).statusCode();
    if (status != 302) {
      throw new AssertionError("signing in as " + email + " answered " + status);
    }
    return web;
  }

  /** The page at this path, which must answer 200 (the failure names the path). */
  public String page(String path) throws IOException, InterruptedException {
    HttpResponse<String> page = get(path);
    if (page.statusCode() != 200) {
      throw new AssertionError(path + " answered " + page.statusCode());
    }
    return page.body();
  }

  /**
   * Loads a page and submits the form holding the button whose client id ends with ":" + button, as
   * a browser would (every field of that form with its current value, the view state, the CSP
   * nonce, the button), with some parameters replaced or added.
   *
   * @throws AssertionError when the page has no such button
   */
  public HttpResponse<String> submit(String page, String button, Map<String, String> overrides)
      throws IOException, InterruptedException {
    Form form = form(page, button, overrides);
    return post(form.action(), form.fields());
  }

  /**
   * As {@link #submit}, as a multipart form (a form with a file field) with these files, by name,
   * in its file input {@code fileField}.
   */
  public HttpResponse<String> submitWithFiles(
      String page,
      String button,
      Map<String, String> overrides,
      String fileField,
      Map<String, byte[]> files)
      throws IOException, InterruptedException {
    Form form = form(page, button, overrides);
    form.fields().remove(fileField); // the button of an advanced p:fileUpload is its file field
    String boundary = "----shoreline" + System.nanoTime();
    java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
    for (var field : form.fields().entrySet()) {
      body.writeBytes(
          ("--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\""
                  + field.getKey()
                  + "\"\r\n\r\n"
                  + field.getValue()
                  + "\r\n")
              .getBytes(StandardCharsets.UTF_8));
    }
    for (var file : files.entrySet()) {
      body.writeBytes(
          ("--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\""
                  + fileField
                  + "\"; filename=\""
                  + file.getKey()
                  + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
              .getBytes(StandardCharsets.UTF_8));
      body.writeBytes(file.getValue());
      body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return http.send(
        HttpRequest.newBuilder(URI.create(base + form.action()))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** Where a form posts, and what. */
  private record Form(String action, Map<String, String> fields) {}

  private Form form(String page, String button, Map<String, String> overrides)
      throws IOException, InterruptedException {
    String html = get(page).body();
    Matcher buttonId =
        Pattern.compile("id=\"([\\w:-]*:" + Pattern.quote(button) + ")\"").matcher(html);
    if (!buttonId.find()) {
      throw new AssertionError("no button " + button + " on " + page);
    }
    String clientId = buttonId.group(1);
    // the nearest enclosing form: in a repeat, "list:0:edit" holds "list:0:edit:save"
    String formId = clientId;
    Matcher form = null;
    while (formId.contains(":") && (form == null || !form.find())) {
      formId = formId.substring(0, formId.lastIndexOf(':'));
      form =
          Pattern.compile(
                  "<form id=\"" + Pattern.quote(formId) + "\"[^>]*action=\"([^\"]+)\"(.*?)</form>",
                  Pattern.DOTALL)
              .matcher(html);
    }
    if (form == null || !form.find(0)) {
      throw new AssertionError("no form around " + clientId + " on " + page);
    }
    Map<String, String> fields = new LinkedHashMap<>(FormFields.of(form.group(2)));
    fields.put(formId, formId);
    fields.put(clientId, "");
    fields.put("primefaces.nonce", find(NONCE, html));
    fields.putAll(overrides);
    String action = form.group(1).replace("&amp;", "&");
    return new Form(action.startsWith("/") ? action.substring(1) : action, fields);
  }

  private static String find(Pattern pattern, String page) {
    Matcher matcher = pattern.matcher(page);
    if (!matcher.find()) {
      throw new AssertionError("no " + pattern + " in the page");
    }
    return matcher.group(1);
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
