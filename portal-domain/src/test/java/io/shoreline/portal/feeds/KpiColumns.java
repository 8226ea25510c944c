package io.shoreline.portal.feeds;

import java.util.List;

/** The columns of a daily KPI feed, as the tests use them. */
final class KpiColumns {

  private KpiColumns() {}

  static FeedColumns kpis() {
    return FeedColumns.of(
        List.of(
            FeedColumn.of("date", ColumnType.DATE, true, true),
            FeedColumn.of("queue", ColumnType.TEXT, true, true),
            FeedColumn.of("offered", ColumnType.INTEGER, false, true),
            new FeedColumn("service_level", ColumnType.DECIMAL, false, false, List.of(), 5, 2),
            FeedColumn.of("at", ColumnType.TIMESTAMP, false, false),
            FeedColumn.of("open", ColumnType.BOOLEAN, false, false),
            new FeedColumn(
                "channel", ColumnType.ENUM, false, false, List.of("voice", "chat"), 0, 0)));
  }
}
