package io.shoreline.bench.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A steady load of signed-in people through a fault: each worker reads the thread page and writes a
 * post through the REST API in turn, as fast as answers come. An answer slower than 30 s counts as
 * none (on two shared cores a thread page can take seconds; a hang takes longer). Every answer is
 * kept; every post the portal acknowledged (201) is remembered by its text, to be looked for in the
 * database afterwards.
 */
final class FaultLoad {

  private final String base;
  private final Dataset.Thread thread;
  private final List<String> cookies;
  private final String run;
  private final long started = System.currentTimeMillis();
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private final List<Outcome> outcomes = Collections.synchronizedList(new ArrayList<>());
  private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
  private final AtomicInteger written = new AtomicInteger();
  private final AtomicBoolean running = new AtomicBoolean(true);
  private final List<Thread> workers = new ArrayList<>();

  FaultLoad(String base, Dataset.Thread thread, List<String> cookies, String run) {
    this.base = base;
    this.thread = thread;
    this.cookies = cookies;
    this.run = run;
  }

  /** The text of this run's posts starts with this, to find them in the database. */
  String marker() {
    return "reliability " + run + " ";
  }

  void start() {
    for (String cookie : cookies) {
      Thread worker = new Thread(() -> work(cookie), "fault-load");
      workers.add(worker);
      worker.start();
    }
  }

  void stop() throws InterruptedException {
    running.set(false);
    for (Thread worker : workers) {
      worker.join();
    }
  }

  /** Milliseconds since the load started: the clock of every outcome. */
  long now() {
    return System.currentTimeMillis() - started;
  }

  List<Outcome> outcomes() {
    synchronized (outcomes) {
      return List.copyOf(outcomes);
    }
  }

  Set<String> acknowledged() {
    return Set.copyOf(acknowledged);
  }

  private void work(String cookie) {
    while (running.get()) {
      outcomes.add(send("thread page", pageRequest(cookie), null));
      String text = marker() + written.incrementAndGet();
      outcomes.add(send("post written", postRequest(cookie, text), text));
    }
  }

  private HttpRequest pageRequest(String cookie) {
    return HttpRequest.newBuilder(URI.create(base + thread.page()))
        .header(Pages.COOKIE, cookie)
        .timeout(Duration.ofSeconds(30))
        .build();
  }

  private HttpRequest postRequest(String cookie, String text) {
    String path = "/api/v1/workspaces/" + thread.workspace() + "/threads/" + thread.id() + "/posts";
    return HttpRequest.newBuilder(URI.create(base + path))
        .header(Pages.COOKIE, cookie)
        .header("Content-Type", "application/json")
        .timeout(Duration.ofSeconds(30))
        .POST(HttpRequest.BodyPublishers.ofString("{\"markdown\":\"" + text + "\"}"))
        .build();
  }

  private Outcome send(String kind, HttpRequest request, String postText) {
    try {
      HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (postText != null && answer.statusCode() == 201) {
        acknowledged.add(postText);
      }
      return Outcome.of(now(), kind, answer.statusCode(), answer.body());
    } catch (IOException e) {
      return Outcome.noAnswer(now(), kind);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      running.set(false);
      return Outcome.noAnswer(now(), kind);
    }
  }
}
