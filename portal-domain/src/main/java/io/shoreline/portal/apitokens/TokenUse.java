package io.shoreline.portal.apitokens;

import io.shoreline.portal.audit.Audited;
import io.shoreline.portal.platform.TimeSource;
import io.shoreline.portal.tenancy.isolation.TenantSql;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Finds the token a request presents and notes that it was used ({@link TenantSql#noteTokenUse}: at
 * most once a minute per token), so a busy client costs one indexed read per request and no write.
 */
@Stateless
@Audited
public class TokenUse {

  @PersistenceContext EntityManager em;
  @Inject TimeSource time;
  @Inject TenantSql sql;

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
    sql.noteTokenUse(
        TenantSql.TokenTable.API_TOKEN, token.getId(), token.getLastUsedAt(), time.now());
  }
}
