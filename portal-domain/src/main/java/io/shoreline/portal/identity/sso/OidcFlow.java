package io.shoreline.portal.identity.sso;

import io.shoreline.portal.platform.RuleViolation;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The authorization code flow with PKCE (RFC 7636), for a confidential client
 * (client_secret_basic): the request that sends a browser to the provider, then the code it brings
 * back exchanged for an ID token.
 */
final class OidcFlow {

  private static final SecureRandom RANDOM = new SecureRandom();

  private OidcFlow() {}

  static SsoStart start(
      OidcProvider provider,
      long organizationId,
      String clientId,
      String redirectUri,
      String loginHint,
      Instant now) {
    PendingSignIn pending =
        new PendingSignIn(organizationId, random(), random(), random(), redirectUri, now);
    Map<String, String> query = new LinkedHashMap<>();
    query.put("response_type", "code");
    query.put("client_id", clientId);
    query.put("redirect_uri", redirectUri);
    query.put("scope", "openid email profile");
    query.put("state", pending.state());
    query.put("nonce", pending.nonce());
    query.put("code_challenge", challenge(pending.codeVerifier()));
    query.put("code_challenge_method", "S256");
    if (loginHint != null && !loginHint.isBlank()) {
      query.put("login_hint", loginHint);
    }
    String separator = provider.authorizationEndpoint().getQuery() == null ? "?" : "&";
    return new SsoStart(
        URI.create(provider.authorizationEndpoint() + separator + form(query)), pending);
  }

  /** The ID token the provider gives for this code, unverified yet. */
  static String exchange(
      OidcProviders providers,
      OidcProvider provider,
      PendingSignIn pending,
      String clientId,
      String clientSecret,
      String code) {
    Map<String, String> body = new LinkedHashMap<>();
    body.put("grant_type", "authorization_code");
    body.put("code", code);
    body.put("redirect_uri", pending.redirectUri());
    body.put("code_verifier", pending.codeVerifier());
    String basic =
        Base64.getEncoder()
            .encodeToString(
                (encode(clientId) + ":" + encode(clientSecret)).getBytes(StandardCharsets.UTF_8));
    try {
      HttpResponse<String> response =
          providers
              .http()
              .send(
                  HttpRequest.newBuilder(provider.tokenEndpoint())
                      .timeout(OidcProviders.TIMEOUT)
                      .header("Authorization", "Basic " + basic)
                      .header("Content-Type", "application/x-www-form-urlencoded")
                      .header("Accept", "application/json")
                      .POST(HttpRequest.BodyPublishers.ofString(form(body)))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      JsonObject answer = OidcProviders.json(response.body());
      if (response.statusCode() != 200 || !answer.containsKey("id_token")) {
        throw new RuleViolation("sso.refused.code", answer.getString("error", "?"));
      }
      return answer.getString("id_token");
    } catch (IOException | RuntimeException e) {
      if (e instanceof RuleViolation violation) {
        throw violation;
      }
      throw new RuleViolation("sso.refused.code", e.getClass().getSimpleName());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RuleViolation("sso.refused.code", "interrupted");
    }
  }

  static String challenge(String verifier) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** 256 random bits, URL-safe: a state, a nonce, a PKCE verifier (43 characters). */
  private static String random() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static String form(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
        .collect(Collectors.joining("&"));
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
