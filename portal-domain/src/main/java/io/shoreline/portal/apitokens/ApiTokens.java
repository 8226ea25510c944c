package io.shoreline.portal.apitokens;

import io.shoreline.portal.audit.Audited;
import io.shoreline.portal.platform.ChangedMeanwhileException;
import io.shoreline.portal.platform.NoSuchRecordException;
import io.shoreline.portal.platform.NotAllowedException;
import io.shoreline.portal.platform.RuleViolation;
import io.shoreline.portal.platform.TimeSource;
import io.shoreline.portal.tenancy.Membership;
import io.shoreline.portal.tenancy.OrganizationKind;
import io.shoreline.portal.tenancy.isolation.CallerMembership;
import io.shoreline.portal.tenancy.isolation.TenantAccess;
import io.shoreline.portal.tenancy.isolation.TenantBound;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * The API tokens of the caller's side of the open workspace: listed, made and revoked by that
 * side's coordinators only. A token may read any feed of the workspace and write only the feeds its
 * side publishes.
 */
@Stateless
@TenantBound
@Audited
public class ApiTokens {

  @PersistenceContext EntityManager em;
  @Inject CallerMembership member;
  @Inject TenantAccess access;
  @Inject TimeSource time;
  @Inject TokenFeeds feeds;

  public CreatedToken create(NewToken request) {
    NewToken valid = request.validated();
    Membership coordinator = coordinatorToWrite();
    long side = sideOf(coordinator);
    if (!em.createNamedQuery(ApiToken.BY_NAME, ApiToken.class)
        .setParameter("workspace", member.workspaceId())
        .setParameter("side", side)
        .setParameter("name", valid.name())
        .getResultList()
        .isEmpty()) {
      throw new RuleViolation("apiTokens.nameTaken", valid.name());
    }
    OrganizationKind kind = coordinator.getAccount().getOrganization().getKind();
    if (valid.recordFeedback() && kind != OrganizationKind.VENDOR) {
      throw new RuleViolation("apiTokens.feedbackVendorOnly");
    }
    List<TokenScope> scopes =
        valid.grants().stream()
            .map(grant -> feeds.scope(member.workspaceId(), grant, kind))
            .toList();
    TokenSecret secret = TokenSecret.generate();
    ApiToken token =
        new ApiToken(
            member.workspaceId(),
            side,
            valid.name(),
            secret,
            scopes,
            valid.recordFeedback(),
            access.callerId(),
            time.now());
    em.persist(token);
    return new CreatedToken(token, secret.reveal());
  }

  /** Revokes the token the coordinator saw; revoking twice changes nothing. */
  public ApiToken revoke(long id, long seenVersion) {
    Membership coordinator = coordinatorToWrite();
    ApiToken token = find(id, sideOf(coordinator));
    ChangedMeanwhileException.check("API token", id, token.getVersion(), seenVersion);
    token.revoke(access.callerId(), time.now());
    return token;
  }

  /** The workspace's feeds a new token may be given, for the create form. */
  public List<FeedChoice> feedChoices() {
    return feeds.choices(coordinator().getAccount().getOrganization().getKind());
  }

  /** A page of the side's tokens, newest first, with their scopes (one statement for all). */
  public List<ApiToken> page(int first, int max) {
    long side = sideOf(coordinator());
    return em.createNamedQuery(ApiToken.OF_SIDE, ApiToken.class)
        .setParameter("workspace", member.workspaceId())
        .setParameter("side", side)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  public long count() {
    long side = sideOf(coordinator());
    return em.createNamedQuery(ApiToken.COUNT_OF_SIDE, Long.class)
        .setParameter("workspace", member.workspaceId())
        .setParameter("side", side)
        .getSingleResult();
  }

  /** A token of the caller's side of the open workspace; anything else is not found. */
  private ApiToken find(long id, long side) {
    ApiToken token = em.find(ApiToken.class, id);
    if (token == null
        || token.getWorkspaceId() != member.workspaceId()
        || token.getOrganizationId() != side) {
      throw new NoSuchRecordException("API token", id);
    }
    return token;
  }

  private Membership coordinator() {
    if (!member.isCoordinator()) {
      throw new NotAllowedException("only coordinators manage API tokens");
    }
    return member.get();
  }

  private Membership coordinatorToWrite() {
    coordinator();
    return member.toWrite();
  }

  private static long sideOf(Membership membership) {
    return membership.getAccount().getOrganization().getId();
  }
}
