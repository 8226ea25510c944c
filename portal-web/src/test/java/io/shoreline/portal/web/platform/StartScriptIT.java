package io.shoreline.portal.web.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Starts the built WAR through docker/start-portal.sh, the container's command and the README's Run
 * command, outside a container: the script is tested, not dead text.
 */
class StartScriptIT {

  private static final Duration READY_WITHIN = Duration.ofSeconds(120);

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void theStartScriptServesThePortalOnTheConfiguredPort() throws Exception {
    int port = freePort();
    Path dataDir = Files.createTempDirectory(itDataDir(), "start-script-");
    Process portal =
        start(Map.of("PORTAL_PORT", String.valueOf(port), "PORTAL_DATA_DIR", dataDir.toString()));
    try {
      long started = System.nanoTime();
      awaitReady(port, portal);
      System.out.printf(
          "StartScriptIT: start to ready %.1f s (JAVA_OPTS of ./mvnw -Prun)%n",
          (System.nanoTime() - started) / 1e9);

      HttpResponse<String> login = get(port, "/login.xhtml");
      assertThat(login.statusCode()).isEqualTo(200);
      assertThat(login.body()).contains("<h1>Sign in</h1>");
      assertThat(get(port, "/").statusCode()).isEqualTo(302);
    } finally {
      stop(portal);
    }
  }

  @Test
  void aMissingWarIsReportedAndTheScriptFails() throws Exception {
    Process portal = start(Map.of("PORTAL_WAR", "/nonexistent/ROOT.war"));

    assertThat(portal.waitFor()).isEqualTo(2);
    assertThat(new String(portal.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
        .contains("/nonexistent/ROOT.war not found");
  }

  private static Process start(Map<String, String> environment) throws IOException {
    ProcessBuilder builder =
        new ProcessBuilder("bash", System.getProperty("portal.startScript"))
            .redirectErrorStream(true);
    builder.environment().put("PAYARA_MICRO_JAR", System.getProperty("payara.microJar"));
    builder.environment().put("PORTAL_WAR", System.getProperty("portal.war"));
    builder.environment().put("JAVA_OPTS", System.getProperty("portal.run.javaOpts"));
    builder.environment().putAll(environment);
    if (!environment.containsKey("PORTAL_WAR")) {
      builder.redirectOutput(itDataDir().resolve("start-script.log").toFile());
    }
    return builder.start();
  }

  private void awaitReady(int port, Process portal) throws Exception {
    long deadline = System.nanoTime() + READY_WITHIN.toNanos();
    while (System.nanoTime() < deadline) {
      assertThat(portal.isAlive()).as("the portal process is running").isTrue();
      try {
        if (get(port, "/health/ready").statusCode() == 200) {
          return;
        }
      } catch (ConnectException notListeningYet) {
        // the HTTP listener is not open yet
      }
      portal.waitFor(250, java.util.concurrent.TimeUnit.MILLISECONDS);
    }
    throw new AssertionError("not ready within " + READY_WITHIN);
  }

  private HttpResponse<String> get(int port, String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static void stop(Process portal) throws InterruptedException {
    portal.descendants().forEach(ProcessHandle::destroy);
    portal.destroy();
    portal.waitFor();
  }

  private static Path itDataDir() throws IOException {
    return Files.createDirectories(new File(System.getProperty("portal.itDataDir")).toPath());
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
