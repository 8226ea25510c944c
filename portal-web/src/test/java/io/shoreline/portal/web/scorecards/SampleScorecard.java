package io.shoreline.portal.web.scorecards;

import io.shoreline.portal.scorecards.Direction;
import io.shoreline.portal.scorecards.Figure;
import io.shoreline.portal.scorecards.Kpi;
import io.shoreline.portal.scorecards.KpiLine;
import io.shoreline.portal.scorecards.KpiSource;
import io.shoreline.portal.scorecards.KpiStatus;
import io.shoreline.portal.scorecards.KpiTerms;
import io.shoreline.portal.scorecards.Perspective;
import io.shoreline.portal.scorecards.Provenance;
import io.shoreline.portal.scorecards.Rag;
import io.shoreline.portal.scorecards.ScorePeriod;
import io.shoreline.portal.scorecards.Scorecard;
import io.shoreline.portal.scorecards.TermsStatus;
import io.shoreline.portal.scorecards.Trend;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A scorecard of November 2026 (with October before it) as the domain computes it, made without a
 * database: the entities' fields are set the way JPA sets them when it loads a row. Its KPIs: a
 * feed's service level (green, better), a KPI whose name a spreadsheet would run (red, no data the
 * month before), incidents (a count, green), bulletin acknowledgements (no data this month) and
 * visit ratings (no terms agreed, so no colour).
 */
final class SampleScorecard {

  static final ScorePeriod NOVEMBER = ScorePeriod.parse("2026-11").orElseThrow();
  static final ScorePeriod OCTOBER = NOVEMBER.previous();
  static final String FORMULA_NAME = "=HYPERLINK(\"http://evil.example\",\"x\")";

  private SampleScorecard() {}

  static Scorecard card() {
    return card(
        List.of(
            new KpiLine(
                kpi(
                    1,
                    "Service level",
                    "%",
                    Perspective.CUSTOMER,
                    higher(),
                    KpiSource.FEED,
                    "WEIGHTED_MEAN"),
                terms(1, "80.0000", "75.0000", "70.0000", 3),
                List.of(
                    figure(
                        OCTOBER,
                        "78.25",
                        "80",
                        Rag.AMBER,
                        new Provenance(30, 1, 7L, "Daily KPIs", 4)),
                    figure(
                        NOVEMBER,
                        "91.5000",
                        "80",
                        Rag.GREEN,
                        new Provenance(31, 2, 7L, "Daily KPIs", 4))),
                Trend.BETTER),
            new KpiLine(
                kpi(
                    2,
                    FORMULA_NAME,
                    "%",
                    Perspective.CUSTOMER,
                    higher(),
                    KpiSource.FEEDBACK,
                    "DELIGHTED_RATE"),
                terms(2, "60", "50", "40", 1),
                List.of(
                    figure(OCTOBER, null, "60", Rag.NONE, Provenance.of(0, 0)),
                    figure(NOVEMBER, "45", "60", Rag.RED, Provenance.of(12, 0))),
                Trend.NONE),
            new KpiLine(
                kpi(
                    3,
                    "Incidents",
                    "",
                    Perspective.OPERATIONS,
                    Direction.LOWER_IS_BETTER,
                    KpiSource.INCIDENTS,
                    "INCIDENT_COUNT"),
                terms(3, "0", "1", "3", 2),
                List.of(
                    figure(OCTOBER, "2", "0", Rag.AMBER, Provenance.of(2, 0)),
                    figure(NOVEMBER, "0", "0", Rag.GREEN, Provenance.of(0, 0))),
                Trend.BETTER),
            new KpiLine(
                kpi(
                    4,
                    "Bulletins acknowledged",
                    "%",
                    Perspective.PEOPLE,
                    higher(),
                    KpiSource.BULLETIN_ACKS,
                    "ACK_RATE"),
                terms(4, "95", "90", "80", 1),
                List.of(
                    figure(OCTOBER, "96.5", "95", Rag.GREEN, Provenance.of(3, 0)),
                    figure(NOVEMBER, null, "95", Rag.NONE, Provenance.of(0, 0))),
                Trend.NONE),
            new KpiLine(
                kpi(
                    5,
                    "Visit rating",
                    "",
                    Perspective.QUALITY,
                    higher(),
                    KpiSource.VISIT_RATINGS,
                    "MEAN_RATING"),
                null,
                List.of(
                    figure(OCTOBER, "4", null, Rag.NONE, Provenance.of(1, 0)),
                    figure(NOVEMBER, "4.25", null, Rag.NONE, Provenance.of(2, 0))),
                Trend.BETTER)),
        "58.33",
        "83.33");
  }

  static Scorecard card(List<KpiLine> lines, String previousScore, String score) {
    List<BigDecimal> scores = new java.util.ArrayList<>();
    scores.add(number(previousScore));
    scores.add(number(score));
    return new Scorecard(NOVEMBER, ZoneId.of("Europe/Paris"), lines, scores);
  }

  static Kpi kpi(
      long id,
      String name,
      String unit,
      Perspective perspective,
      Direction direction,
      KpiSource source,
      String measure) {
    Map<String, Object> fields = new HashMap<>();
    fields.put("id", id);
    fields.put("name", name);
    fields.put("unit", unit);
    fields.put("perspective", perspective);
    fields.put("direction", direction);
    fields.put("source", source);
    fields.put("measure", measure);
    fields.put("feedId", source == KpiSource.FEED ? 7L : null);
    fields.put("status", KpiStatus.AGREED);
    return entity(Kpi.class, fields);
  }

  static KpiTerms terms(long kpiId, String target, String amber, String red, int weight) {
    return entity(
        KpiTerms.class,
        Map.of(
            "id",
            kpiId * 10,
            "kpiId",
            kpiId,
            "effectiveFrom",
            LocalDate.of(2026, 1, 1),
            "target",
            number(target),
            "amber",
            number(amber),
            "red",
            number(red),
            "weight",
            weight,
            "status",
            TermsStatus.AGREED));
  }

  static Figure figure(
      ScorePeriod period, String value, String target, Rag rag, Provenance provenance) {
    return new Figure(period, number(value), number(target), rag, provenance);
  }

  private static Direction higher() {
    return Direction.HIGHER_IS_BETTER;
  }

  private static BigDecimal number(String value) {
    return value == null ? null : new BigDecimal(value);
  }

  private static <T> T entity(Class<T> type, Map<String, Object> fields) {
    try {
      var constructor = type.getDeclaredConstructor();
      constructor.setAccessible(true);
      T entity = constructor.newInstance();
      for (var field : fields.entrySet()) {
        Field declared = type.getDeclaredField(field.getKey());
        declared.setAccessible(true);
        declared.set(entity, field.getValue());
      }
      return entity;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
