package io.shoreline.portal.bulletins;

/** How many of a group (a site, or everyone: site null) acknowledged the current version. */
public record AckRate(String site, long acknowledged, long total) {

  public int getPercent() {
    return total == 0 ? 0 : (int) (acknowledged * 100 / total);
  }

  public String getSite() {
    return site;
  }

  public long getAcknowledged() {
    return acknowledged;
  }

  public long getTotal() {
    return total;
  }
}
