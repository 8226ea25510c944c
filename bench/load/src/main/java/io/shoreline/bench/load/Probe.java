package io.shoreline.bench.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** One request as wrk will send it, to check what it answers before loading it. */
final class Probe {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private Probe() {}

  static String body(String base, Wrk.Request request) throws Exception {
    HttpResponse<String> answer =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(base + request.path()))
                .header(request.headerName(), request.headerValue())
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (answer.statusCode() != 200) {
      throw new IllegalStateException(request.path() + " answered " + answer.statusCode());
    }
    return answer.body();
  }

  /** How many times {@code marker} occurs in the answer. */
  static int count(String base, Wrk.Request request, String marker) throws Exception {
    String body = body(base, request);
    int count = 0;
    for (int at = body.indexOf(marker); at >= 0; at = body.indexOf(marker, at + 1)) {
      count++;
    }
    return count;
  }
}
