package io.shoreline.portal.identity.sso;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import io.shoreline.portal.platform.RuleViolation;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Checks an ID token as OpenID Connect Core 3.1.3.7 asks: signed (asymmetrically) by one of the
 * provider's keys, issued by the provider, for this client, not expired, carrying this sign-in's
 * nonce; then reads who it names.
 */
final class IdTokens {

  private static final Logger LOG = Logger.getLogger(IdTokens.class.getName());
  private static final Set<JWSAlgorithm> SIGNATURES =
      Set.of(
          JWSAlgorithm.RS256,
          JWSAlgorithm.RS384,
          JWSAlgorithm.RS512,
          JWSAlgorithm.PS256,
          JWSAlgorithm.PS384,
          JWSAlgorithm.PS512,
          JWSAlgorithm.ES256,
          JWSAlgorithm.ES384,
          JWSAlgorithm.ES512,
          JWSAlgorithm.EdDSA);

  private IdTokens() {}

  static VerifiedIdentity verify(
      String idToken,
      JWKSource<SecurityContext> keys,
      String issuer,
      String clientId,
      String nonce,
      String emailClaim,
      String groupsClaim) {
    JWTClaimsSet claims = claims(idToken, keys, issuer, clientId, nonce);
    try {
      List<String> audience = claims.getAudience();
      if (audience.size() > 1 && !clientId.equals(claims.getStringClaim("azp"))) {
        throw refused("another party");
      }
      Object verified = claims.getClaim("email_verified");
      String email = claims.getStringClaim(emailClaim);
      if (email == null || email.isBlank() || Boolean.FALSE.equals(verified)) {
        throw new RuleViolation("sso.refused.noEmail");
      }
      return new VerifiedIdentity(
          claims.getSubject(), email.strip(), name(claims), groups(claims, groupsClaim));
    } catch (ParseException e) {
      throw refused(e.getMessage());
    }
  }

  private static JWTClaimsSet claims(
      String idToken,
      JWKSource<SecurityContext> keys,
      String issuer,
      String clientId,
      String nonce) {
    DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
    processor.setJWSKeySelector(new JWSVerificationKeySelector<>(SIGNATURES, keys));
    processor.setJWTClaimsSetVerifier(
        new DefaultJWTClaimsVerifier<>(
            clientId,
            new JWTClaimsSet.Builder().issuer(issuer).claim("nonce", nonce).build(),
            new HashSet<>(List.of("sub", "iat", "exp"))));
    try {
      return processor.process(idToken, null);
    } catch (ParseException | BadJOSEException | JOSEException e) {
      throw refused(e.getMessage());
    }
  }

  private static String name(JWTClaimsSet claims) throws ParseException {
    String name = claims.getStringClaim("name");
    if (name == null || name.isBlank()) {
      String given = claims.getStringClaim("given_name");
      String family = claims.getStringClaim("family_name");
      name = ((given == null ? "" : given) + " " + (family == null ? "" : family)).strip();
    }
    return name;
  }

  /** A list of names, or one name; anything else counts as no groups. */
  private static List<String> groups(JWTClaimsSet claims, String groupsClaim) {
    Object value = claims.getClaim(groupsClaim);
    List<String> groups = new ArrayList<>();
    if (value instanceof List<?> list) {
      list.forEach(group -> groups.add(String.valueOf(group)));
    } else if (value instanceof String group) {
      groups.add(group);
    }
    return groups;
  }

  private static RuleViolation refused(String why) {
    LOG.log(Level.INFO, "an ID token was refused: {0}", why);
    return new RuleViolation("sso.refused.token");
  }
}
