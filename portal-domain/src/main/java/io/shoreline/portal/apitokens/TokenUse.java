package io.shoreline.portal.apitokens;

import io.shoreline.portal.audit.Audited;
import io.shoreline.portal.platform.TimeSource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Finds the token a request presents and notes that it was used. The note is written at most once a
 * minute per token (a conditional UPDATE of the global api_token row, which neither changes the
 * token's version nor enters the audit trail), so a busy client costs one indexed read per request
 * and no write.
 */
@Stateless
@Audited
public class TokenUse {

  static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(1);

  @PersistenceContext EntityManager em;
  @Inject TimeSource time;

  /**
   * The live token with this secret.
   *
   * @throws UnknownTokenException when none was presented, it is unknown, or revoked
   */
  public ApiToken resolve(String presented) {
    String hash =
        TokenSecret.parse(presented)
            .orElseThrow(() -> new UnknownTokenException("no token in the request"))
            .hash();
    List<ApiToken> found =
        em.createNamedQuery(ApiToken.BY_HASH, ApiToken.class)
            .setParameter("hash", hash)
            .setHint("jakarta.persistence.cache.retrieveMode", "BYPASS")
            .getResultList();
    ApiToken token =
        found.stream()
            .findFirst()
            .filter(live -> !live.isRevoked())
            .orElseThrow(() -> new UnknownTokenException("unknown or revoked token"));
    noteUse(token);
    return token;
  }

  private void noteUse(ApiToken token) {
    Instant now = time.now();
    Instant threshold = now.minus(LAST_USED_RESOLUTION);
    if (token.getLastUsedAt() != null && token.getLastUsedAt().isAfter(threshold)) {
      return;
    }
    // another node may have noted it meanwhile: the condition keeps it to one write a minute.
    // Native: EclipseLink's JPQL bulk UPDATE raises the version, and an admin's page open on the
    // token (to revoke it) would then be refused as changed meanwhile
    em.createNativeQuery(
            "UPDATE api_token SET last_used_at = ?1 WHERE id = ?2"
                + " AND (last_used_at IS NULL OR last_used_at < ?3)")
        .setHint("eclipselink.jdbc.allow-native-sql-query", "true")
        .setParameter(1, LocalDateTime.ofInstant(now, ZoneOffset.UTC)) // as UtcInstantConverter
        .setParameter(2, token.getId())
        .setParameter(3, LocalDateTime.ofInstant(threshold, ZoneOffset.UTC))
        .executeUpdate();
  }
}
