package io.shoreline.portal.scorecards;

import io.shoreline.portal.feeds.ColumnType;
import io.shoreline.portal.feeds.Feed;
import io.shoreline.portal.feeds.FeedColumn;
import io.shoreline.portal.feeds.FeedColumns;
import io.shoreline.portal.feeds.FeedDirection;
import io.shoreline.portal.feeds.Feeds;
import io.shoreline.portal.platform.RuleViolation;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Set;

/**
 * A FEED KPI must read a vendor-to-client feed of the workspace (the scorecard measures the
 * vendor), a date column to put each row in its period and numeric value columns.
 */
@Dependent
class KpiFeedCheck {

  private static final Set<ColumnType> DATES = Set.of(ColumnType.DATE, ColumnType.TIMESTAMP);
  private static final Set<ColumnType> NUMBERS = Set.of(ColumnType.INTEGER, ColumnType.DECIMAL);

  @Inject Feeds feeds;

  void check(KpiDefinition definition) {
    Feed feed = feeds.find(definition.feedId());
    if (feed.getDirection() != FeedDirection.VENDOR_TO_CLIENT) {
      throw new RuleViolation("scorecards.feedNotFromVendor", feed.getName());
    }
    FeedColumns columns = feed.columns();
    require(columns, definition.dateColumn(), DATES, "scorecards.dateColumnType");
    require(columns, definition.valueColumn(), NUMBERS, "scorecards.numberColumnType");
    if (definition.secondColumn() != null) {
      require(columns, definition.secondColumn(), NUMBERS, "scorecards.numberColumnType");
    }
  }

  private static void require(
      FeedColumns columns, String name, Set<ColumnType> types, String wrongTypeKey) {
    int index =
        columns.indexOf(name).orElseThrow(() -> new RuleViolation("scorecards.noSuchColumn", name));
    FeedColumn column = columns.get(index);
    if (!types.contains(column.type())) {
      throw new RuleViolation(wrongTypeKey, name);
    }
  }
}
