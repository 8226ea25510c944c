package io.shoreline.portal.feeds;

import io.shoreline.portal.audit.Audited;
import io.shoreline.portal.feeds.FeedIngest.Submission;
import io.shoreline.portal.identity.Account;
import io.shoreline.portal.tenancy.isolation.CallerMembership;
import io.shoreline.portal.tenancy.isolation.TenantAccess;
import io.shoreline.portal.tenancy.isolation.TenantBound;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * Rows submitted by a signed-in member (the browser upload): a contributor or coordinator of the
 * side that publishes the feed, in an active workspace opened for this request.
 */
@Stateless
@TenantBound
@Audited
public class FeedSubmissions {

  @Inject CallerMembership member;
  @Inject TenantAccess access;
  @Inject FeedIngest ingest;

  public IngestOutcome submit(long feedId, Submission submission) {
    member.toWrite();
    Account caller = access.caller();
    Submitter submitter =
        new Submitter(
            caller.getOrganization().getId(),
            caller.getOrganization().getKind(),
            caller.getId(),
            Submitter.UI);
    return ingest.ingest(feedId, submitter, submission);
  }
}
