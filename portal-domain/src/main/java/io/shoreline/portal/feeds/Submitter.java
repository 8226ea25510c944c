package io.shoreline.portal.feeds;

import io.shoreline.portal.tenancy.OrganizationKind;

/**
 * Who submits rows: their organization and its side, the signed-in account (null for an API token)
 * and the source shown in the version history ("UI", "API token nightly-kpis").
 */
public record Submitter(long organizationId, OrganizationKind side, Long accountId, String source) {

  public static final String UI = "UI";

  public static Submitter apiToken(long organizationId, OrganizationKind side, String tokenName) {
    return new Submitter(organizationId, side, null, "API token " + tokenName);
  }
}
