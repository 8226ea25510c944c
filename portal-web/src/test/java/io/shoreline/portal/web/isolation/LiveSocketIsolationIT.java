package io.shoreline.portal.web.isolation;

import static io.shoreline.portal.testing.DemoLogins.CONTOSO_ADMIN;
import static io.shoreline.portal.testing.DemoLogins.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import io.shoreline.portal.testing.WebClient;
import jakarta.inject.Inject;
import java.net.URL;
import java.net.http.WebSocket;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The live-update socket (/live/posts) of the adversarial suite: a post in Contoso's workspace
 * reaches a Contoso member's open socket, and no socket of Northwind's people, whatever their role.
 */
@ExtendWith(ArquillianExtension.class)
class LiveSocketIsolationIT {

  private static final List<String> NORTHWIND =
      List.of(
          "claire.dubois@northwind.example",
          "luc.martin@northwind.example",
          "sophie.bernard@northwind.example");

  @ArquillianResource URL base;
  @Inject Victims victims;

  @Test
  void aPostReachesItsWorkspacesMembersAndNoOneOfTheOtherClient() throws Exception {
    Map<String, String> ids = victims.ids();
    Messages member = new Messages();
    WebClient contoso = signedIn(CONTOSO_ADMIN);
    WebSocket memberSocket = contoso.openSocket("live/posts", member);
    Messages strangers = new Messages();
    List<WebSocket> strangerSockets =
        NORTHWIND.stream()
            .map(email -> signedIn(email).openSocket("live/posts", strangers))
            .toList();

    String thread = ids.get("otherThread");
    assertThat(
            contoso
                .send(
                    "POST",
                    "api/v1/workspaces/"
                        + ids.get("otherWorkspace")
                        + "/threads/"
                        + thread
                        + "/posts",
                    "application/json",
                    "{\"markdown\":\"Live to Contoso only\"}")
                .statusCode())
        .isEqualTo(201);

    String notice = member.messages.poll(20, TimeUnit.SECONDS);
    assertThat(notice).as("the member's socket").contains("\"thread\":" + thread);
    assertThat(strangers.messages.poll(3, TimeUnit.SECONDS)).as("Northwind's sockets").isNull();
    memberSocket.abort();
    strangerSockets.forEach(WebSocket::abort);
  }

  private WebClient signedIn(String email) {
    try {
      WebClient web = new WebClient(base);
      assertThat(web.signIn(email, PASSWORD).statusCode()).as(email).isEqualTo(302);
      return web;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** What the portal pushed to the sockets it listens on. */
  private static final class Messages implements WebSocket.Listener {

    final BlockingQueue<String> messages = new LinkedBlockingQueue<>();

    @Override
    public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
      messages.add(data.toString());
      socket.request(1);
      return null;
    }
  }
}
