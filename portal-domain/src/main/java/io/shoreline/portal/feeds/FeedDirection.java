package io.shoreline.portal.feeds;

import io.shoreline.portal.tenancy.OrganizationKind;

/** Which side publishes a feed; the other side reads it. */
public enum FeedDirection {
  /** Product catalogue, prices, store opening hours, policy. */
  CLIENT_TO_VENDOR(OrganizationKind.CLIENT),
  /** KPI rows. */
  VENDOR_TO_CLIENT(OrganizationKind.VENDOR);

  private final OrganizationKind publisher;

  FeedDirection(OrganizationKind publisher) {
    this.publisher = publisher;
  }

  public OrganizationKind publisher() {
    return publisher;
  }
}
