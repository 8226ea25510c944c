package io.shoreline.portal.feeds;

import io.shoreline.portal.platform.RuleViolation;
import java.util.Optional;

/** What a coordinator defines of a feed: name, description, direction, columns and cadence. */
public record FeedDefinition(
    String name,
    String description,
    FeedDirection direction,
    FeedColumns columns,
    Optional<FeedCadence> cadence) {

  public FeedDefinition {
    name = name == null ? "" : name.strip();
    description = description == null ? "" : description.strip();
    if (name.isEmpty() || name.length() > 120) {
      throw new RuleViolation("feeds.name.invalid");
    }
    if (description.length() > 2000) {
      throw new RuleViolation("feeds.description.tooLong");
    }
    if (direction == null || columns == null) {
      throw new RuleViolation("feeds.incomplete");
    }
    cadence = cadence == null ? Optional.empty() : cadence;
  }
}
