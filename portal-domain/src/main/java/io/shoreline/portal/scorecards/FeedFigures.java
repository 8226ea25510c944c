package io.shoreline.portal.scorecards;

import io.shoreline.portal.feeds.ColumnType;
import io.shoreline.portal.feeds.Feed;
import io.shoreline.portal.feeds.FeedColumns;
import io.shoreline.portal.feeds.FeedRows;
import io.shoreline.portal.feeds.Feeds;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The figures of FEED KPIs: each feed's current rows are read once for all of its KPIs, each row
 * put in its period by the KPI's date column and tallied from its value columns.
 */
@Dependent
class FeedFigures {

  @Inject Feeds feeds;
  @Inject FeedRows rows;

  void collect(List<Kpi> kpis, PeriodBuckets buckets, FigureBook book) {
    Map<Long, List<Kpi>> byFeed =
        kpis.stream()
            .filter(kpi -> kpi.getSource() == KpiSource.FEED)
            .collect(Collectors.groupingBy(Kpi::getFeedId));
    byFeed.forEach((feedId, ofFeed) -> collect(feeds.find(feedId), ofFeed, buckets, book));
  }

  private void collect(Feed feed, List<Kpi> kpis, PeriodBuckets buckets, FigureBook book) {
    // a feed's columns can still change until its first version: a KPI whose columns went has no
    // data
    List<ColumnReader> readers =
        kpis.stream()
            .filter(kpi -> hasColumns(kpi, feed.columns()))
            .map(kpi -> new ColumnReader(kpi, feed.columns()))
            .toList();
    int version =
        rows.eachCurrent(
            feed.getId(), cells -> readers.forEach(reader -> reader.read(cells, buckets, book)));
    kpis.forEach(kpi -> book.readFeed(kpi, feed.getName(), version));
  }

  private static boolean hasColumns(Kpi kpi, FeedColumns columns) {
    return columns.indexOf(kpi.getDateColumn()).isPresent()
        && columns.indexOf(kpi.getValueColumn()).isPresent()
        && (kpi.getSecondColumn() == null || columns.indexOf(kpi.getSecondColumn()).isPresent());
  }

  /** Where one KPI's cells are in a row of its feed. */
  private static final class ColumnReader {

    private final Kpi kpi;
    private final int date;
    private final boolean timestamp;
    private final int value;
    private final int second;

    ColumnReader(Kpi kpi, FeedColumns columns) {
      this.kpi = kpi;
      this.date = columns.indexOf(kpi.getDateColumn()).orElseThrow();
      this.timestamp = columns.get(date).type() == ColumnType.TIMESTAMP;
      this.value = columns.indexOf(kpi.getValueColumn()).orElseThrow();
      this.second =
          kpi.getSecondColumn() == null ? -1 : columns.indexOf(kpi.getSecondColumn()).orElseThrow();
    }

    void read(List<String> cells, PeriodBuckets buckets, FigureBook book) {
      String day = cells.get(date);
      if (day.isEmpty()) {
        return; // a row without a date belongs to no period
      }
      Optional<ScorePeriod> period =
          timestamp
              ? buckets.of(OffsetDateTime.parse(day).toInstant())
              : buckets.of(LocalDate.parse(day));
      period.ifPresent(
          p ->
              book.tally(kpi, p)
                  .add(number(cells.get(value)), second < 0 ? null : number(cells.get(second))));
    }

    private static BigDecimal number(String cell) {
      return cell.isEmpty() ? null : new BigDecimal(cell);
    }
  }
}
