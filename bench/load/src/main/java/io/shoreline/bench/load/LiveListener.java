package io.shoreline.bench.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The live-update socket a thread page opens (/live/posts), with a signed-in person's session
 * cookie: collects the messages the portal pushes.
 */
final class LiveListener implements WebSocket.Listener {

  private final BlockingQueue<String> messages = new LinkedBlockingQueue<>();
  private final StringBuilder partial = new StringBuilder();
  private WebSocket socket;

  /** Opens the socket of the channel URL a page names, with the session's cookie. */
  static LiveListener open(String wsUrl, String cookieHeader) {
    LiveListener listener = new LiveListener();
    listener.socket =
        HttpClient.newHttpClient()
            .newWebSocketBuilder()
            .header("Cookie", cookieHeader)
            .connectTimeout(Duration.ofSeconds(10))
            .buildAsync(URI.create(wsUrl), listener)
            .join();
    return listener;
  }

  /** The next message that contains {@code text}, or null after the timeout. */
  String awaitContaining(String text, long timeoutMillis) throws InterruptedException {
    long deadline = System.currentTimeMillis() + timeoutMillis;
    for (long left = timeoutMillis; left > 0; left = deadline - System.currentTimeMillis()) {
      String message = messages.poll(left, TimeUnit.MILLISECONDS);
      if (message != null && message.contains(text)) {
        return message;
      }
    }
    return null;
  }

  void close() {
    socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
  }

  @Override
  public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
    partial.append(data);
    if (last) {
      messages.add(partial.toString());
      partial.setLength(0);
    }
    webSocket.request(1);
    return null;
  }
}
