package io.shoreline.portal.web.scorecards;

import io.shoreline.portal.scorecards.Figure;
import io.shoreline.portal.scorecards.KpiLine;
import io.shoreline.portal.scorecards.OverallScore;
import io.shoreline.portal.scorecards.Scorecard;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import software.xdev.chartjs.model.charts.LineChart;
import software.xdev.chartjs.model.data.LineData;
import software.xdev.chartjs.model.dataset.LineDataset;
import software.xdev.chartjs.model.options.LineOptions;
import software.xdev.chartjs.model.options.scale.Scales;
import software.xdev.chartjs.model.options.scale.cartesian.linear.LinearScaleOptions;

/**
 * The scorecard's trend charts as Chart.js line charts: a KPI's figures with the target in force in
 * each period (a period without data is a gap), and the overall score against the green and amber
 * bands. Only numbers and the portal's own labels go into a chart.
 */
final class ScorecardCharts {

  private ScorecardCharts() {}

  static String kpi(KpiLine line, ResourceBundle texts, Locale locale) {
    LineData data = labels(line.figures().stream().map(Figure::period).toList(), locale);
    List<Number> actual = new ArrayList<>();
    List<Number> target = new ArrayList<>();
    for (Figure figure : line.figures()) {
      actual.add(number(figure.value()));
      target.add(number(figure.target()));
    }
    data.addDataset(dataset(texts.getString("scorecard.actual"), actual, "#1f6feb", 3, false));
    data.addDataset(dataset(texts.getString("scorecard.target"), target, "#57606a", 1, true));
    return json(new LineChart(data, options(null, null)));
  }

  static String scores(Scorecard card, ResourceBundle texts, Locale locale) {
    List<Figure> periods = card.lines().isEmpty() ? List.of() : card.lines().get(0).figures();
    LineData data =
        labels(
            periods.isEmpty()
                ? List.of(card.period())
                : periods.stream().map(Figure::period).toList(),
            locale);
    List<Number> scores = card.scores().stream().map(ScorecardCharts::number).toList();
    data.addDataset(dataset(texts.getString("scorecard.overall"), scores, "#1f6feb", 3, false));
    data.addDataset(
        dataset(
            texts.getString("scorecard.greenFrom"),
            scores.stream().map(s -> (Number) OverallScore.GREEN_FROM).toList(),
            "#2da44e",
            1,
            true));
    data.addDataset(
        dataset(
            texts.getString("scorecard.amberFrom"),
            scores.stream().map(s -> (Number) OverallScore.AMBER_FROM).toList(),
            "#bf8700",
            1,
            true));
    return json(new LineChart(data, options(0, 100)));
  }

  private static LineData labels(
      List<io.shoreline.portal.scorecards.ScorePeriod> periods, Locale locale) {
    LineData data = new LineData();
    periods.forEach(period -> data.addLabel(PeriodLabels.of(period, locale)));
    return data;
  }

  private static LineOptions options(Integer min, Integer max) {
    LinearScaleOptions y = new LinearScaleOptions();
    if (min != null) {
      y.setMin(min).setMax(max);
    }
    return new LineOptions()
        .setResponsive(true)
        .setMaintainAspectRatio(false)
        .setScales(new Scales().addScale(Scales.ScaleAxis.Y, y));
  }

  private static LineDataset dataset(
      String label, List<Number> points, String colour, int width, boolean dashed) {
    LineDataset dataset =
        new LineDataset()
            .setLabel(label)
            .setData(points)
            .setBorderColor(colour)
            .setBackgroundColor(colour)
            .setBorderWidth(width)
            .setSpanGaps(false)
            .setFill(false);
    if (dashed) {
      dataset.setBorderDash(List.of(6, 4));
    }
    return dataset;
  }

  private static Number number(BigDecimal value) {
    return value == null ? null : value.doubleValue();
  }

  private static String json(LineChart chart) {
    // the renderer writes it into a script: no "</script>" can close it early
    return chart.toJson().replace("<", "\\u003c");
  }
}
