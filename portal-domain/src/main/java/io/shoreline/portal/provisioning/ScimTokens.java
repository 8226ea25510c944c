package io.shoreline.portal.provisioning;

import io.shoreline.portal.apitokens.TokenSecret;
import io.shoreline.portal.audit.Audited;
import io.shoreline.portal.identity.Account;
import io.shoreline.portal.identity.OrgRole;
import io.shoreline.portal.platform.ChangedMeanwhileException;
import io.shoreline.portal.platform.NoSuchRecordException;
import io.shoreline.portal.platform.RuleViolation;
import io.shoreline.portal.platform.TimeSource;
import io.shoreline.portal.tenancy.isolation.TenantAccess;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** The SCIM tokens of the caller's organization: listed, made and revoked by its admins only. */
@Stateless
@Audited
public class ScimTokens {

  @PersistenceContext EntityManager em;
  @Inject TenantAccess access;
  @Inject TimeSource time;

  public CreatedScimToken create(String name) {
    Account admin = access.requireRole(OrgRole.ORG_ADMIN);
    String valid = name == null ? "" : name.strip();
    if (valid.isEmpty() || valid.length() > ScimToken.NAME_LENGTH) {
      throw new RuleViolation("provisioning.token.nameRequired", ScimToken.NAME_LENGTH);
    }
    long organization = admin.getOrganization().getId();
    if (em.createNamedQuery(ScimToken.BY_NAME, Long.class)
            .setParameter("organization", organization)
            .setParameter("name", valid)
            .getSingleResult()
        > 0) {
      throw new RuleViolation("provisioning.token.nameTaken", valid);
    }
    TokenSecret secret = TokenSecret.generate();
    ScimToken token = new ScimToken(organization, valid, secret, admin.getId(), time.now());
    em.persist(token);
    return new CreatedScimToken(token, secret.reveal());
  }

  /** Revokes the token the admin saw; revoking twice changes nothing. */
  public ScimToken revoke(long id, long seenVersion) {
    Account admin = access.requireRole(OrgRole.ORG_ADMIN);
    ScimToken token = em.find(ScimToken.class, id);
    if (token == null || token.getOrganizationId() != admin.getOrganization().getId()) {
      throw new NoSuchRecordException("SCIM token", id);
    }
    ChangedMeanwhileException.check("SCIM token", id, token.getVersion(), seenVersion);
    token.revoke(admin.getId(), time.now());
    return token;
  }

  /** A page of the organization's tokens, newest first. */
  public List<ScimToken> page(int first, int max) {
    return em.createNamedQuery(ScimToken.OF_ORGANIZATION, ScimToken.class)
        .setParameter("organization", ownOrganization())
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  public long count() {
    return em.createNamedQuery(ScimToken.COUNT_OF_ORGANIZATION, Long.class)
        .setParameter("organization", ownOrganization())
        .getSingleResult();
  }

  private long ownOrganization() {
    return access.requireRole(OrgRole.ORG_ADMIN).getOrganization().getId();
  }
}
