package io.shoreline.portal.scorecards;

import io.shoreline.portal.platform.RuleViolation;

/**
 * What a KPI measures, as a coordinator proposes it. The feed fields are used by a FEED KPI only;
 * that the feed and its columns fit is checked against the feed ({@code KpiFeedCheck}).
 */
public record KpiDefinition(
    String name,
    String description,
    String unit,
    Perspective perspective,
    Direction direction,
    KpiSource source,
    String measure,
    Long feedId,
    String dateColumn,
    String valueColumn,
    String secondColumn) {

  static final int NAME_LENGTH = 120;
  static final int DESCRIPTION_LENGTH = 2000;
  static final int UNIT_LENGTH = 20;

  public KpiDefinition {
    name = strip(name);
    description = strip(description);
    unit = strip(unit);
    dateColumn = blankToNull(dateColumn);
    valueColumn = blankToNull(valueColumn);
    secondColumn = blankToNull(secondColumn);
  }

  KpiDefinition validated() {
    if (name.isEmpty()) {
      throw new RuleViolation("scorecards.nameRequired");
    }
    if (name.length() > NAME_LENGTH) {
      throw new RuleViolation("scorecards.nameTooLong", NAME_LENGTH);
    }
    if (description.length() > DESCRIPTION_LENGTH) {
      throw new RuleViolation("scorecards.descriptionTooLong", DESCRIPTION_LENGTH);
    }
    if (unit.length() > UNIT_LENGTH) {
      throw new RuleViolation("scorecards.unitTooLong", UNIT_LENGTH);
    }
    if (perspective == null) {
      throw new RuleViolation("scorecards.perspectiveRequired");
    }
    if (direction == null) {
      throw new RuleViolation("scorecards.directionRequired");
    }
    if (source == null) {
      throw new RuleViolation("scorecards.sourceRequired");
    }
    if (measure == null || !source.measures().contains(measure)) {
      throw new RuleViolation("scorecards.measureNotOfSource");
    }
    return source == KpiSource.FEED ? withFeedColumns() : withoutFeed();
  }

  private KpiDefinition withFeedColumns() {
    if (feedId == null) {
      throw new RuleViolation("scorecards.feedRequired");
    }
    if (dateColumn == null || valueColumn == null) {
      throw new RuleViolation("scorecards.columnsRequired");
    }
    boolean second = Aggregation.valueOf(measure).needsSecondColumn();
    if (second && secondColumn == null) {
      throw new RuleViolation("scorecards.secondColumnRequired");
    }
    return second ? this : with(feedId, dateColumn, valueColumn, null);
  }

  private KpiDefinition withoutFeed() {
    return with(null, null, null, null);
  }

  private KpiDefinition with(Long feed, String date, String value, String secondValue) {
    return new KpiDefinition(
        name,
        description,
        unit,
        perspective,
        direction,
        source,
        measure,
        feed,
        date,
        value,
        secondValue);
  }

  private static String strip(String text) {
    return text == null ? "" : text.strip();
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
