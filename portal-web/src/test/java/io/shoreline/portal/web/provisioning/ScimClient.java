package io.shoreline.portal.web.provisioning;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** An identity provider calling /scim/v2 with a token: no cookies, application/scim+json. */
final class ScimClient {

  private final URL base;
  private final String token;
  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  ScimClient(URL base, String token) {
    this.base = base;
    this.token = token;
  }

  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return send("GET", path, null, null);
  }

  HttpResponse<String> send(String method, String path, String body)
      throws IOException, InterruptedException {
    return send(method, path, body, null);
  }

  HttpResponse<String> send(String method, String path, String body, String ifMatch)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + "scim/v2/" + path))
            .header("Accept", "application/scim+json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      request.header("Content-Type", "application/scim+json");
    }
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    if (ifMatch != null) {
      request.header("If-Match", ifMatch);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  static JsonObject json(HttpResponse<String> response) {
    return Json.createReader(new StringReader(response.body())).readObject();
  }

  /** JSON written with single quotes, for readable tests. */
  static String q(String text) {
    return text.replace('\'', '"');
  }
}
