package io.shoreline.portal.identity.sso;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import io.shoreline.portal.platform.RuleViolation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The providers the portal talks to: their discovery documents (kept ten minutes) and their signing
 * keys (Nimbus' cache, refreshed when a token names a key it does not know).
 */
@ApplicationScoped
public class OidcProviders {

  static final Duration TIMEOUT = Duration.ofSeconds(10);
  private static final Duration KEEP = Duration.ofMinutes(10);
  private static final Logger LOG = Logger.getLogger(OidcProviders.class.getName());

  private final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(TIMEOUT)
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();
  private final Map<String, Discovered> discovered = new ConcurrentHashMap<>();
  private final Map<URI, JWKSource<SecurityContext>> keys = new ConcurrentHashMap<>();

  private record Discovered(OidcProvider provider, Instant at) {}

  /**
   * The provider at this issuer, from its discovery document, which must name the same issuer
   * (OpenID Connect Discovery 1.0, 4.3).
   */
  public OidcProvider discover(String issuer) {
    Discovered known = discovered.get(issuer);
    if (known != null && known.at().plus(KEEP).isAfter(Instant.now())) {
      return known.provider();
    }
    OidcProvider provider = fetch(issuer);
    discovered.put(issuer, new Discovered(provider, Instant.now()));
    return provider;
  }

  JWKSource<SecurityContext> keys(OidcProvider provider) {
    return keys.computeIfAbsent(
        provider.jwksUri(),
        uri -> {
          try {
            return JWKSourceBuilder.create(uri.toURL()).retrying(true).build();
          } catch (MalformedURLException e) {
            throw new RuleViolation("sso.discovery.failed", provider.issuer());
          }
        });
  }

  HttpClient http() {
    return http;
  }

  private OidcProvider fetch(String issuer) {
    try {
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(URI.create(issuer + "/.well-known/openid-configuration"))
                  .timeout(TIMEOUT)
                  .header("Accept", "application/json")
                  .GET()
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new RuleViolation("sso.discovery.failed", issuer);
      }
      JsonObject document = json(response.body());
      if (!issuer.equals(document.getString("issuer", ""))) {
        throw new RuleViolation("sso.discovery.otherIssuer", document.getString("issuer", ""));
      }
      return new OidcProvider(
          issuer,
          URI.create(document.getString("authorization_endpoint")),
          URI.create(document.getString("token_endpoint")),
          URI.create(document.getString("jwks_uri")));
    } catch (IOException | RuntimeException e) {
      if (e instanceof RuleViolation violation) {
        throw violation;
      }
      LOG.log(Level.INFO, "discovery of " + issuer + " failed", e);
      throw new RuleViolation("sso.discovery.failed", issuer);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RuleViolation("sso.discovery.failed", issuer);
    }
  }

  static JsonObject json(String body) {
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      return reader.readObject();
    }
  }
}
