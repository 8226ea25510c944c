package io.shoreline.portal.web.corpora;

import io.shoreline.portal.testing.ApiClient;
import io.shoreline.portal.testing.WebClient;
import io.shoreline.portal.web.corpora.JsonBodies.Endpoint;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Sends a body to one of the JSON endpoints, with the credentials that endpoint takes. */
final class JsonSender {

  private final JsonTargets.Made made;
  private final ApiClient api;
  private final WebClient alice;

  JsonSender(JsonTargets.Made made, ApiClient api, WebClient alice) {
    this.made = made;
    this.api = api;
    this.alice = alice;
  }

  /**
   * A body over a limit, sent after "Expect: 100-continue": an endpoint that refuses it from its
   * Content-Length answers 413 and closes before reading it, which would otherwise cut the upload.
   */
  HttpResponse<String> sendLarge(Endpoint endpoint, byte[] body) throws Exception {
    String path;
    String token;
    switch (endpoint) {
      case FEED_ROWS -> {
        path = made.feedRows();
        token = made.feedWriter();
      }
      case FEEDBACK -> {
        path = made.feedback();
        token = made.feedbackRecorder();
      }
      default -> {
        return send(endpoint, "application/json", body);
      }
    }
    return api.http()
        .send(
            HttpRequest.newBuilder(api.uri(path))
                .expectContinue(true)
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> send(Endpoint endpoint, String contentType, byte[] body) throws Exception {
    return switch (endpoint) {
      case FEED_ROWS -> api.post(made.feedRows(), made.feedWriter(), contentType, body, null);
      case FEEDBACK -> api.post(made.feedback(), made.feedbackRecorder(), contentType, body, null);
      case THREAD_POSTS -> alice.send("POST", made.posts(), contentType, body);
      case SCIM_USERS -> api.post("scim/v2/Users", made.scimToken(), contentType, body, null);
      case SCIM_GROUPS -> api.post("scim/v2/Groups", made.scimToken(), contentType, body, null);
    };
  }
}
