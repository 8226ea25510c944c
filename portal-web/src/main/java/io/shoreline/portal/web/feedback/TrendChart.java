package io.shoreline.portal.web.feedback;

import io.shoreline.portal.scorecards.feedback.FeedbackTrends;
import io.shoreline.portal.scorecards.feedback.TrendCounts;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import software.xdev.chartjs.model.charts.LineChart;
import software.xdev.chartjs.model.data.LineData;
import software.xdev.chartjs.model.dataset.LineDataset;
import software.xdev.chartjs.model.options.LineOptions;
import software.xdev.chartjs.model.options.scale.Scales;
import software.xdev.chartjs.model.options.scale.cartesian.linear.LinearScaleOptions;

/**
 * Feedback trends as a Chart.js line chart: items per period of all topics, and of the most
 * talked-about ones. Only numbers, the topics and the portal's own labels go into it.
 */
final class TrendChart {

  /** More lines than this are unreadable; the table shows every topic. */
  static final int MOST_TOPICS = 6;

  private static final List<String> COLOURS =
      List.of("#1f6feb", "#cf222e", "#2da44e", "#bf8700", "#8250df", "#1b7c83");

  private TrendChart() {}

  static String of(FeedbackTrends trends, Function<LocalDate, String> label, String allTopics) {
    LineData data = new LineData();
    trends.getPeriods().forEach(start -> data.addLabel(label.apply(start)));
    data.addDataset(line(allTopics, trends.getAllTopics(), "#57606a", true));
    List<FeedbackTrends.TopicTrend> topics = trends.getTopics();
    for (int i = 0; i < Math.min(MOST_TOPICS, topics.size()); i++) {
      data.addDataset(
          line(topics.get(i).getTopic(), topics.get(i).getPerPeriod(), COLOURS.get(i), false));
    }
    LinearScaleOptions y = new LinearScaleOptions();
    y.setMin(0);
    LineOptions options =
        new LineOptions()
            .setResponsive(true)
            .setMaintainAspectRatio(false)
            .setScales(new Scales().addScale(Scales.ScaleAxis.Y, y));
    // the renderer writes it into a script: no "</script>" in a topic can close it early
    return new LineChart(data, options).toJson().replace("<", "\\u003c");
  }

  private static LineDataset line(
      String name, List<TrendCounts> counts, String colour, boolean dashed) {
    LineDataset dataset =
        new LineDataset()
            .setLabel(name)
            .setData(counts.stream().map(c -> (Number) c.getItems()).toList())
            .setBorderColor(colour)
            .setBackgroundColor(colour)
            .setBorderWidth(dashed ? 1 : 2)
            .setFill(false);
    if (dashed) {
      dataset.setBorderDash(List.of(6, 4));
    }
    return dataset;
  }
}
