package io.shoreline.portal.bulletins;

import io.shoreline.portal.platform.RuleViolation;
import io.shoreline.portal.threads.Upload;
import java.time.Instant;

/**
 * What an author writes: title, Markdown body, urgency, validity window (instants: the page turned
 * the author's local times into them), audience and an optional file.
 */
public record BulletinDraft(
    String title,
    String markdown,
    Urgency urgency,
    Instant validFrom,
    Instant validUntil,
    Audience audience,
    Upload attachment) {

  public static final int TITLE_LENGTH = 200;

  /** Far below the column's 16 MB: a bulletin is read on a phone between two calls. */
  public static final int BODY_LENGTH = 20_000;

  /** The draft with its texts stripped, or a {@link RuleViolation} naming what is wrong. */
  public BulletinDraft validated() {
    String cleanTitle = title == null ? "" : title.strip();
    if (cleanTitle.isEmpty()) {
      throw new RuleViolation("bulletins.titleRequired");
    }
    if (cleanTitle.length() > TITLE_LENGTH) {
      throw new RuleViolation("bulletins.titleTooLong", TITLE_LENGTH);
    }
    if (cleanTitle.contains("<") || cleanTitle.contains(">")) {
      // a title is plain text; markup there is a mistake or an attack, not news
      throw new RuleViolation("bulletins.titleMarkup");
    }
    String body = markdown == null ? "" : markdown.strip();
    if (body.isEmpty()) {
      throw new RuleViolation("bulletins.bodyRequired");
    }
    if (body.length() > BODY_LENGTH) {
      throw new RuleViolation("bulletins.bodyTooLong", BODY_LENGTH);
    }
    if (urgency == null) {
      throw new RuleViolation("bulletins.urgencyRequired");
    }
    if (validFrom == null || validUntil == null) {
      throw new RuleViolation("bulletins.validityRequired");
    }
    if (!validUntil.isAfter(validFrom)) {
      throw new RuleViolation("bulletins.validityOrder");
    }
    Audience chosen = audience == null ? Audience.everyone() : audience;
    if (chosen.teams().stream().anyMatch(team -> team.length() > Audience.TEAM_LENGTH)) {
      throw new RuleViolation("bulletins.teamTooLong", Audience.TEAM_LENGTH);
    }
    return new BulletinDraft(cleanTitle, body, urgency, validFrom, validUntil, chosen, attachment);
  }
}
