package io.shoreline.portal.scorecards.feedback;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Feedback by topic and period: the periods from the first day's to the last day's, and per topic
 * the counts of each period and of all of them, most talked-about topic first. Made from rows the
 * database grouped by topic, day, sentiment and delight, added up here.
 */
public final class FeedbackTrends {

  private final TrendPeriod period;
  private final List<LocalDate> periods = new ArrayList<>();
  private final Map<LocalDate, Integer> index = new HashMap<>();
  private final Map<String, TopicTrend> topics = new HashMap<>();

  /** One topic's counts, a {@link TrendCounts} per period in the order of {@link #getPeriods()}. */
  public static final class TopicTrend {
    private final String topic;
    private final List<TrendCounts> perPeriod = new ArrayList<>();
    private final TrendCounts total = new TrendCounts();

    TopicTrend(String topic, int periods) {
      this.topic = topic;
      for (int i = 0; i < periods; i++) {
        perPeriod.add(new TrendCounts());
      }
    }

    public String getTopic() {
      return topic;
    }

    public List<TrendCounts> getPerPeriod() {
      return perPeriod;
    }

    public TrendCounts getTotal() {
      return total;
    }
  }

  FeedbackTrends(TrendPeriod period, LocalDate first, LocalDate last) {
    this.period = period;
    for (LocalDate start = period.start(first); !start.isAfter(last); start = period.next(start)) {
      index.put(start, periods.size());
      periods.add(start);
    }
  }

  /** Adds the count of one group: items of the topic received that day with that sentiment. */
  void add(String topic, LocalDate day, Sentiment sentiment, boolean delighted, long count) {
    Integer at = index.get(period.start(day));
    if (at == null) {
      return; // outside the periods asked for
    }
    TopicTrend trend = topics.computeIfAbsent(topic, t -> new TopicTrend(t, periods.size()));
    trend.perPeriod.get(at).add(sentiment, delighted, count);
    trend.total.add(sentiment, delighted, count);
  }

  public TrendPeriod getPeriod() {
    return period;
  }

  /** The first day of each period. */
  public List<LocalDate> getPeriods() {
    return periods;
  }

  /** The topics with items, most items first, then by name. */
  public List<TopicTrend> getTopics() {
    return topics.values().stream()
        .sorted(
            Comparator.comparingLong((TopicTrend t) -> t.total.getItems())
                .reversed()
                .thenComparing(TopicTrend::getTopic))
        .toList();
  }

  /** All topics together, per period. */
  public List<TrendCounts> getAllTopics() {
    List<TrendCounts> all = new ArrayList<>();
    for (int i = 0; i < periods.size(); i++) {
      TrendCounts sum = new TrendCounts();
      for (TopicTrend trend : topics.values()) {
        sum.addAll(trend.perPeriod.get(i));
      }
      all.add(sum);
    }
    return all;
  }

  public boolean isEmpty() {
    return topics.isEmpty();
  }
}
