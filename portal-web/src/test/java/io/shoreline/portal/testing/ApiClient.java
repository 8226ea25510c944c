package io.shoreline.portal.testing;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** A machine calling the REST API with an API token: no cookies, no session. */
public final class ApiClient {

  private final URL base;
  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  public ApiClient(URL base) {
    this.base = base;
  }

  public HttpResponse<String> get(String path, String token)
      throws IOException, InterruptedException {
    return http.send(request(path, token).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  /**
   * A POST of this body as this content type (none when null), with an Idempotency-Key if given.
   */
  public HttpResponse<String> post(
      String path, String token, String contentType, byte[] body, String idempotencyKey)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = request(path, token);
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    if (idempotencyKey != null) {
      request.header("Idempotency-Key", idempotencyKey);
    }
    return http.send(
        request.POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  public HttpResponse<String> post(String path, String token, String contentType, String body)
      throws IOException, InterruptedException {
    return post(path, token, contentType, body.getBytes(StandardCharsets.UTF_8), null);
  }

  /** Any method, as the route inventory names it. */
  public HttpResponse<String> send(String method, String path, String token, String csv)
      throws IOException, InterruptedException {
    return method.equals("GET") ? get(path, token) : post(path, token, "text/csv", csv);
  }

  public HttpClient http() {
    return http;
  }

  public URI uri(String path) {
    return URI.create(base + path);
  }

  private HttpRequest.Builder request(String path, String token) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri(path)).header("Accept", "application/json");
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return request;
  }
}
