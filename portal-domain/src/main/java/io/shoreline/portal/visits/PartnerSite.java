package io.shoreline.portal.visits;

import java.time.ZoneId;

/** One of the workspace vendor's sites, as the client may see it to plan a visit there. */
public record PartnerSite(long id, String name, String city, String country, String timeZone) {

  public ZoneId zone() {
    return ZoneId.of(timeZone);
  }

  /** "Casablanca (Casablanca, MA)" */
  public String getLabel() {
    return name + " (" + city + ", " + country + ")";
  }

  public long getId() {
    return id;
  }

  public String getTimeZone() {
    return timeZone;
  }
}
