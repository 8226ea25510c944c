package io.shoreline.portal.web.threads;

import jakarta.websocket.CloseReason;
import jakarta.websocket.HandshakeResponse;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.HandshakeRequest;
import jakarta.websocket.server.ServerEndpoint;
import jakarta.websocket.server.ServerEndpointConfig;
import java.io.IOException;
import java.net.URI;
import java.security.Principal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The live-update sockets of open thread pages and thread lists, by the signed-in person they
 * belong to. A plain endpoint rather than Faces push: {@code f:websocket} puts a proxy of a bean
 * some CDI extension adds into the HTTP session, and that proxy's id differs between two nodes of a
 * cluster, so a session that had a thread page open could not move to another node
 * (reliability/README.md). Nothing of this endpoint lands in the session; its registry is this
 * node's (each node pushes to its own sockets, LivePosts).
 */
@ServerEndpoint(value = "/live/posts", configurator = LiveSockets.SameOrigin.class)
public class LiveSockets {

  private static final Map<String, Set<Session>> OPEN = new ConcurrentHashMap<>();

  /** The person is the one the upgrade request was authenticated as (from the HTTP session). */
  @OnOpen
  public void open(Session socket) throws IOException {
    Principal caller = socket.getUserPrincipal();
    if (caller == null) {
      socket.close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, "sign in first"));
      return;
    }
    OPEN.computeIfAbsent(caller.getName(), name -> ConcurrentHashMap.newKeySet()).add(socket);
  }

  @OnClose
  public void close(Session socket) {
    forget(socket);
  }

  @OnError
  public void failed(Session socket, Throwable failure) {
    forget(socket);
  }

  /** Sends the text to every open socket of these people (by caller name) on this node. */
  static void send(Collection<String> callers, String text) {
    for (String caller : callers) {
      for (Session socket : OPEN.getOrDefault(caller, Set.of())) {
        if (socket.isOpen()) {
          socket.getAsyncRemote().sendText(text);
        }
      }
    }
  }

  private static void forget(Session socket) {
    Principal caller = socket.getUserPrincipal();
    if (caller != null) {
      OPEN.computeIfPresent(
          caller.getName(),
          (name, sockets) -> {
            sockets.remove(socket);
            return sockets.isEmpty() ? null : sockets;
          });
    }
  }

  /**
   * Refuses the upgrade when a browser opens the socket from another site's page: that page would
   * carry the person's session cookie too.
   */
  public static class SameOrigin extends ServerEndpointConfig.Configurator {

    @Override
    public void modifyHandshake(
        ServerEndpointConfig config, HandshakeRequest request, HandshakeResponse response) {
      if (!sameOrigin(request.getHeaders())) {
        throw new IllegalStateException("a live-update socket from another site's page");
      }
    }

    static boolean sameOrigin(Map<String, List<String>> headers) {
      String origin = first(headers, "origin");
      String host = first(headers, "host");
      if (origin == null) {
        return true; // not a browser: it could not have borrowed someone's cookie
      }
      try {
        URI uri = URI.create(origin);
        String authority = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
        return host != null && host.equalsIgnoreCase(authority);
      } catch (IllegalArgumentException e) {
        return false;
      }
    }

    private static String first(Map<String, List<String>> headers, String name) {
      return headers.entrySet().stream()
          .filter(header -> header.getKey().equalsIgnoreCase(name) && !header.getValue().isEmpty())
          .map(header -> header.getValue().get(0))
          .findFirst()
          .orElse(null);
    }
  }
}
