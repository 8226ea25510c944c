package io.shoreline.portal.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real Keycloak (the server distribution from Maven Central, unpacked by the build's keycloak
 * profile) on a free loopback port, with the test realm "acme" imported. It needs Java 21 or newer:
 * {@code portal.it.keycloakJava} names that java. A missing distribution or java fails the test,
 * never skips it.
 */
public final class KeycloakServer implements AutoCloseable {

  public static final String REALM = "acme";
  public static final String CLIENT_ID = "shoreline";
  public static final String CLIENT_SECRET = "acme-client-secret";

  private static final Duration STARTUP = Duration.ofMinutes(3);

  private final Process process;
  private final int port;

  private KeycloakServer(Process process, int port) {
    this.process = process;
    this.port = port;
  }

  public static KeycloakServer start() throws Exception {
    Path home = Path.of(required("portal.it.keycloakHome"));
    Path java = Path.of(required("portal.it.keycloakJava"));
    if (!Files.isExecutable(home.resolve("bin/kc.sh"))) {
      throw new IllegalStateException("no Keycloak at " + home + ": run with -Pkeycloak");
    }
    if (!Files.isExecutable(java)) {
      throw new IllegalStateException("Keycloak needs Java 21+: none at " + java);
    }
    Path realms = home.resolve("data/import");
    Files.createDirectories(realms);
    try (var realm = KeycloakServer.class.getResourceAsStream("/keycloak/acme-realm.json")) {
      Files.copy(realm, realms.resolve("acme-realm.json"), StandardCopyOption.REPLACE_EXISTING);
    }
    int port = freePort();
    ProcessBuilder builder =
        new ProcessBuilder(
                List.of(
                    home.resolve("bin/kc.sh").toString(),
                    "start-dev",
                    "--http-host=127.0.0.1",
                    "--http-port=" + port,
                    "--import-realm",
                    "--cache=local"))
            .redirectErrorStream(true)
            .redirectOutput(home.resolve("keycloak.log").toFile());
    builder.environment().put("JAVA_HOME", java.getParent().getParent().toString());
    builder.environment().put("JAVA_OPTS_APPEND", "-Xmx512m");
    long started = System.nanoTime();
    KeycloakServer server = new KeycloakServer(builder.start(), port);
    server.awaitRealm(home.resolve("keycloak.log"));
    System.out.printf(
        "KeycloakServer: start to realm ready %.1f s%n", (System.nanoTime() - started) / 1e9);
    return server;
  }

  /** The realm's issuer, as its discovery document names it. */
  public String issuer() {
    return "http://127.0.0.1:" + port + "/realms/" + REALM;
  }

  private void awaitRealm(Path log) throws Exception {
    Instant deadline = Instant.now().plus(STARTUP);
    URI discovery = URI.create(issuer() + "/.well-known/openid-configuration");
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("Keycloak stopped: " + Files.readString(log));
      }
      try {
        HttpURLConnection connection = (HttpURLConnection) discovery.toURL().openConnection();
        connection.setConnectTimeout(1000);
        if (connection.getResponseCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // still starting
      }
      process.waitFor(500, TimeUnit.MILLISECONDS); // returns at once if Keycloak stopped
    }
    close();
    throw new IllegalStateException("Keycloak did not start within " + STARTUP);
  }

  private static String required(String property) {
    String value = System.getProperty(property);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(property + " is not set: run with -Pkeycloak");
    }
    return value;
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    process.descendants().forEach(ProcessHandle::destroy);
    process.destroy();
    try {
      process.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
