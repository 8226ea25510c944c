package io.shoreline.portal.provisioning;

import io.shoreline.portal.apitokens.TokenSecret;
import io.shoreline.portal.apitokens.UnknownTokenException;
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

/**
 * Finds the SCIM token a request presents and notes its use at most once a minute: a conditional
 * native UPDATE of the global row (not a tenant table), which changes neither its version nor the
 * audit trail.
 */
@Stateless
@Audited
public class ScimTokenUse {

  static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(1);

  @PersistenceContext EntityManager em;
  @Inject TimeSource time;

  /**
   * @throws UnknownTokenException when none was presented, it is unknown, or revoked
   */
  public ScimToken resolve(String presented) {
    String hash =
        TokenSecret.parse(presented)
            .orElseThrow(() -> new UnknownTokenException("no token in the request"))
            .hash();
    ScimToken token =
        em.createNamedQuery(ScimToken.BY_HASH, ScimToken.class)
            .setParameter("hash", hash)
            .setHint("jakarta.persistence.cache.retrieveMode", "BYPASS")
            .getResultStream()
            .findFirst()
            .filter(live -> !live.isRevoked())
            .orElseThrow(() -> new UnknownTokenException("unknown or revoked token"));
    noteUse(token);
    return token;
  }

  private void noteUse(ScimToken token) {
    Instant now = time.now();
    Instant threshold = now.minus(LAST_USED_RESOLUTION);
    if (token.getLastUsedAt() != null && token.getLastUsedAt().isAfter(threshold)) {
      return;
    }
    // native: a JPQL bulk UPDATE would raise the version, and an admin's page would then be stale
    em.createNativeQuery(
            "UPDATE scim_token SET last_used_at = ?1 WHERE id = ?2"
                + " AND (last_used_at IS NULL OR last_used_at < ?3)")
        .setHint("eclipselink.jdbc.allow-native-sql-query", "true")
        .setParameter(1, LocalDateTime.ofInstant(now, ZoneOffset.UTC)) // as UtcInstantConverter
        .setParameter(2, token.getId())
        .setParameter(3, LocalDateTime.ofInstant(threshold, ZoneOffset.UTC))
        .executeUpdate();
  }
}
