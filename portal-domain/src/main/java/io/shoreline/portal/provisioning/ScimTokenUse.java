package io.shoreline.portal.provisioning;

import io.shoreline.portal.apitokens.TokenSecret;
import io.shoreline.portal.apitokens.UnknownTokenException;
import io.shoreline.portal.audit.Audited;
import io.shoreline.portal.platform.TimeSource;
import io.shoreline.portal.tenancy.isolation.TenantSql;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Finds the SCIM token a request presents and notes its use ({@link TenantSql#noteTokenUse}: at
 * most once a minute).
 */
@Stateless
@Audited
public class ScimTokenUse {

  @PersistenceContext EntityManager em;
  @Inject TimeSource time;
  @Inject TenantSql sql;

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
    sql.noteTokenUse(
        TenantSql.TokenTable.SCIM_TOKEN, token.getId(), token.getLastUsedAt(), time.now());
  }
}
