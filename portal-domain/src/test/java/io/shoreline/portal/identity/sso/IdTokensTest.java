package io.shoreline.portal.identity.sso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import io.shoreline.portal.platform.RuleViolation;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class IdTokensTest {

  private static final String ISSUER = "https://id.acme.test/realms/acme";
  private static final String CLIENT = "shoreline";
  private static final String NONCE = "n-0S6_WzA2Mj";

  private static RSAKey providerKey;
  private static RSAKey strangerKey;
  private static ImmutableJWKSet<SecurityContext> providerKeys;

  @BeforeAll
  static void keys() throws JOSEException {
    providerKey = new RSAKeyGenerator(2048).keyID("provider").generate();
    strangerKey = new RSAKeyGenerator(2048).keyID("provider").generate();
    providerKeys = new ImmutableJWKSet<>(new JWKSet(providerKey.toPublicJWK()));
  }

  @Test
  void aTokenOfTheProviderForThisClientAndSignInNamesThePerson() throws Exception {
    VerifiedIdentity identity =
        verify(signed(providerKey, claims -> claims.claim("groups", List.of("/staff/admins"))));

    assertThat(identity.subject()).isEqualTo("f81d4fae");
    assertThat(identity.email()).isEqualTo("sam@acme.test");
    assertThat(identity.name()).isEqualTo("Sam Okafor");
    assertThat(identity.groups()).containsExactly("/staff/admins");
  }

  @Test
  void theNameIsMadeOfGivenAndFamilyNamesWhenTheTokenHasNoName() throws Exception {
    VerifiedIdentity identity =
        verify(
            signed(
                providerKey,
                claims ->
                    claims
                        .claim("name", null)
                        .claim("given_name", "Sam")
                        .claim("family_name", "O")));

    assertThat(identity.name()).isEqualTo("Sam O");
  }

  @Test
  void anotherKeySignatureIsRefused() throws Exception {
    refused(signed(strangerKey, claims -> claims), "sso.refused.token");
  }

  @Test
  void anUnsignedTokenOrOneSignedWithASharedSecretIsRefused() throws Exception {
    refused(new PlainJWT(base().build()).serialize(), "sso.refused.token");
    SignedJWT hmac = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), base().build());
    hmac.sign(new MACSigner("a shared secret of at least 256 bits, long enough".getBytes()));
    refused(hmac.serialize(), "sso.refused.token");
  }

  @Test
  void anotherIssuerAudienceOrNonceIsRefused() throws Exception {
    refused(signed(providerKey, claims -> claims.issuer("https://evil.test")), "sso.refused.token");
    refused(signed(providerKey, claims -> claims.audience("another-app")), "sso.refused.token");
    refused(signed(providerKey, claims -> claims.claim("nonce", "replayed")), "sso.refused.token");
    refused(signed(providerKey, claims -> claims.claim("nonce", null)), "sso.refused.token");
  }

  @Test
  void anExpiredTokenIsRefused() throws Exception {
    Instant hourAgo = Instant.now().minusSeconds(3600);
    refused(
        signed(
            providerKey,
            claims ->
                claims
                    .issueTime(Date.from(hourAgo))
                    .expirationTime(Date.from(hourAgo.plusSeconds(300)))),
        "sso.refused.token");
  }

  @Test
  void aTokenForSeveralPartiesMustBeAuthorizedForThisClient() throws Exception {
    refused(
        signed(providerKey, claims -> claims.audience(List.of(CLIENT, "another-app"))),
        "sso.refused.token");
    assertThat(
            verify(
                signed(
                    providerKey,
                    claims ->
                        claims.audience(List.of(CLIENT, "another-app")).claim("azp", CLIENT))))
        .extracting(VerifiedIdentity::email)
        .isEqualTo("sam@acme.test");
  }

  @Test
  void withoutAVerifiedEmailNobodyIsSignedIn() throws Exception {
    refused(signed(providerKey, claims -> claims.claim("email", null)), "sso.refused.noEmail");
    refused(
        signed(providerKey, claims -> claims.claim("email_verified", false)),
        "sso.refused.noEmail");
  }

  @Test
  void theEmailAndGroupsClaimsAreTheConfiguredOnes() throws Exception {
    String token =
        signed(
            providerKey,
            claims -> claims.claim("upn", "sam.okafor@acme.test").claim("roles", "portal-admins"));

    VerifiedIdentity identity =
        IdTokens.verify(token, providerKeys, ISSUER, CLIENT, NONCE, "upn", "roles");

    assertThat(identity.email()).isEqualTo("sam.okafor@acme.test");
    assertThat(identity.groups()).containsExactly("portal-admins");
  }

  private static VerifiedIdentity verify(String token) {
    return IdTokens.verify(token, providerKeys, ISSUER, CLIENT, NONCE, "email", "groups");
  }

  private static void refused(String token, String key) {
    assertThatThrownBy(() -> verify(token))
        .isInstanceOf(RuleViolation.class)
        .extracting(e -> ((RuleViolation) e).key())
        .isEqualTo(key);
  }

  private static JWTClaimsSet.Builder base() {
    Instant now = Instant.now();
    return new JWTClaimsSet.Builder()
        .issuer(ISSUER)
        .subject("f81d4fae")
        .audience(CLIENT)
        .issueTime(Date.from(now))
        .expirationTime(Date.from(now.plusSeconds(300)))
        .claim("nonce", NONCE)
        .claim("email", "sam@acme.test")
        .claim("email_verified", true)
        .claim("name", "Sam Okafor");
  }

  private static String signed(RSAKey key, UnaryOperator<JWTClaimsSet.Builder> change)
      throws JOSEException {
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
            change.apply(base()).build());
    jwt.sign(new RSASSASigner(key));
    return jwt.serialize();
  }
}
