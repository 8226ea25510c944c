package io.shoreline.portal.apitokens;

import io.shoreline.portal.audit.Audited;
import io.shoreline.portal.feeds.Feed;
import io.shoreline.portal.feeds.FeedIngest;
import io.shoreline.portal.feeds.IngestFormat;
import io.shoreline.portal.feeds.IngestMode;
import io.shoreline.portal.feeds.IngestOutcome;
import io.shoreline.portal.feeds.Submitter;
import io.shoreline.portal.tenancy.Organization;
import io.shoreline.portal.tenancy.isolation.TenantBound;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.InputStream;

/**
 * Rows a machine submits with an API token, in the workspace the token opened for this request: the
 * feed must be of that workspace (else 404), the token must have write scope for it and its side
 * must publish it (else 403). The version names the token as its source.
 */
@Stateless
@TenantBound
@Audited
public class TokenSubmissions {

  @PersistenceContext EntityManager em;
  @Inject TokenGuard guard;
  @Inject FeedIngest ingest;

  public IngestOutcome submit(
      ApiToken token,
      long feedId,
      InputStream body,
      IngestFormat format,
      IngestMode mode,
      String idempotencyKey) {
    Feed feed = guard.feedToWrite(token, feedId);
    Organization side = em.find(Organization.class, token.getOrganizationId());
    feed.requirePublisher(side.getKind());
    Submitter submitter = Submitter.apiToken(side.getId(), side.getKind(), token.getName());
    return ingest.ingest(
        feedId, submitter, new FeedIngest.Submission(body, format, mode, idempotencyKey));
  }
}
