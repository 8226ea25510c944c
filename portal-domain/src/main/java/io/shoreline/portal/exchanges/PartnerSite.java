package io.shoreline.portal.exchanges;

/** A site of one side of the workspace, as both sides may see it for an exchange. */
public record PartnerSite(long id, long organizationId, String name, String timeZone) {

  // accessors for the pages, whose expression language reads bean properties only

  public long getId() {
    return id;
  }

  /** "Casablanca (Africa/Casablanca)" */
  public String getLabel() {
    return name + " (" + timeZone + ")";
  }
}
