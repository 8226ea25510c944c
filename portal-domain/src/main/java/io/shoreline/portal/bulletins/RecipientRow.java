package io.shoreline.portal.bulletins;

import java.time.Instant;

/** A recipient as the author's side lists them: name, site, team, and when they acknowledged. */
public record RecipientRow(
    long accountId, String name, String site, String team, Instant acknowledgedAt) {

  public long getAccountId() {
    return accountId;
  }

  public String getName() {
    return name;
  }

  public String getSite() {
    return site;
  }

  public String getTeam() {
    return team;
  }

  public Instant getAcknowledgedAt() {
    return acknowledgedAt;
  }
}
