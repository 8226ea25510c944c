package io.shoreline.portal.identity.sso;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class OidcFlowTest {

  private static final OidcProvider PROVIDER =
      new OidcProvider(
          "https://id.acme.test",
          URI.create("https://id.acme.test/auth"),
          URI.create("https://id.acme.test/token"),
          URI.create("https://id.acme.test/keys"));

  @Test
  void theChallengeIsTheRfc7636Example() {
    assertThat(OidcFlow.challenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"))
        .isEqualTo("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
  }

  @Test
  void theRequestCarriesTheStateNonceAndChallengeOfWhatTheSessionKeeps() {
    Instant now = Instant.parse("2026-12-03T09:00:00Z");
    SsoStart start =
        OidcFlow.start(
            PROVIDER, 7, "shoreline", "https://portal.test/sso/callback", "sam@acme.test", now);

    Map<String, String> query = query(start.redirect());
    PendingSignIn pending = start.pending();
    assertThat(start.redirect().toString()).startsWith("https://id.acme.test/auth?");
    assertThat(query)
        .containsEntry("response_type", "code")
        .containsEntry("client_id", "shoreline")
        .containsEntry("redirect_uri", "https://portal.test/sso/callback")
        .containsEntry("scope", "openid email profile")
        .containsEntry("state", pending.state())
        .containsEntry("nonce", pending.nonce())
        .containsEntry("code_challenge", OidcFlow.challenge(pending.codeVerifier()))
        .containsEntry("code_challenge_method", "S256")
        .containsEntry("login_hint", "sam@acme.test");
    assertThat(pending.organizationId()).isEqualTo(7);
    assertThat(pending.startedAt()).isEqualTo(now);
    assertThat(pending.codeVerifier()).hasSize(43).matches("[A-Za-z0-9_-]+");
    assertThat(pending.state()).isNotEqualTo(pending.nonce()).isNotEqualTo(pending.codeVerifier());
  }

  @Test
  void everySignInHasItsOwnState() {
    Instant now = Instant.now();
    assertThat(OidcFlow.start(PROVIDER, 7, "c", "https://p/cb", null, now).pending().state())
        .isNotEqualTo(
            OidcFlow.start(PROVIDER, 7, "c", "https://p/cb", null, now).pending().state());
  }

  private static Map<String, String> query(URI uri) {
    return Arrays.stream(uri.getRawQuery().split("&"))
        .map(pair -> pair.split("=", 2))
        .collect(
            Collectors.toMap(
                pair -> pair[0], pair -> URLDecoder.decode(pair[1], StandardCharsets.UTF_8)));
  }
}
