package io.shoreline.portal.web.visits;

import io.shoreline.portal.visits.AreaRating;
import io.shoreline.portal.visits.SiteVisit;
import io.shoreline.portal.visits.VisitArea;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import software.xdev.chartjs.model.charts.LineChart;
import software.xdev.chartjs.model.data.LineData;
import software.xdev.chartjs.model.dataset.LineDataset;
import software.xdev.chartjs.model.options.LineOptions;
import software.xdev.chartjs.model.options.scale.Scales;
import software.xdev.chartjs.model.options.scale.cartesian.linear.LinearScaleOptions;

/**
 * A site's ratings over its visits as a Chart.js line chart: one point per visit (its first day on
 * the site's clock), the average of its rated areas and a line per area; an area a visit did not
 * rate is a gap. Only numbers, days and the portal's own labels go into the chart.
 */
final class RatingTrend {

  private static final String[] COLOURS = {
    "#1f6feb", "#2da44e", "#bf8700", "#8250df", "#cf222e", "#0a7ea4"
  };

  private RatingTrend() {}

  static String json(List<SiteVisit> visits, List<AreaRating> ratings, ResourceBundle texts) {
    Map<Long, Map<VisitArea, Integer>> byVisit = new HashMap<>();
    for (AreaRating rating : ratings) {
      byVisit
          .computeIfAbsent(rating.getVisitId(), id -> new EnumMap<>(VisitArea.class))
          .put(rating.getArea(), rating.getScore());
    }
    LineData data = new LineData();
    List<Number> average = new ArrayList<>();
    Map<VisitArea, List<Number>> perArea = new EnumMap<>(VisitArea.class);
    for (VisitArea area : VisitArea.values()) {
      perArea.put(area, new ArrayList<>());
    }
    for (SiteVisit visit : visits) {
      data.addLabel(
          visit.getStartsAt().atZone(ZoneId.of(visit.getSiteTimeZone())).toLocalDate() + "");
      Map<VisitArea, Integer> scores = byVisit.getOrDefault(visit.getId(), Map.of());
      average.add(
          scores.isEmpty()
              ? null
              : Math.round(scores.values().stream().mapToInt(i -> i).average().orElse(0) * 100)
                  / 100.0);
      perArea.forEach((area, points) -> points.add(scores.get(area)));
    }
    data.addDataset(line(texts.getString("siteHistory.average"), average, "#24292f", 3));
    int colour = 0;
    for (VisitArea area : VisitArea.values()) {
      data.addDataset(
          line(
              texts.getString("visits.area." + area),
              perArea.get(area),
              COLOURS[colour++ % COLOURS.length],
              1));
    }
    String json =
        new LineChart(
                data,
                new LineOptions()
                    .setResponsive(true)
                    .setMaintainAspectRatio(false)
                    .setScales(
                        new Scales()
                            .addScale(
                                Scales.ScaleAxis.Y,
                                new LinearScaleOptions()
                                    .setMin(AreaRating.LOWEST)
                                    .setMax(AreaRating.HIGHEST))))
            .toJson();
    // the renderer writes it into a script: no "</script>" can close it early
    return json.replace("<", "\\u003c");
  }

  private static LineDataset line(String label, List<Number> points, String colour, int width) {
    return new LineDataset()
        .setLabel(label)
        .setData(points)
        .setBorderColor(colour)
        .setBackgroundColor(colour)
        .setBorderWidth(width)
        .setSpanGaps(true)
        .setFill(false);
  }
}
