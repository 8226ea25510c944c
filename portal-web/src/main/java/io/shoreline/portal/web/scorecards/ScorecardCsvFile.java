package io.shoreline.portal.web.scorecards;

import io.shoreline.portal.feeds.FeedCsv;
import io.shoreline.portal.scorecards.Direction;
import io.shoreline.portal.scorecards.Figure;
import io.shoreline.portal.scorecards.Kpi;
import io.shoreline.portal.scorecards.KpiLine;
import io.shoreline.portal.scorecards.KpiTerms;
import io.shoreline.portal.scorecards.Provenance;
import io.shoreline.portal.scorecards.Rag;
import io.shoreline.portal.scorecards.Scorecard;
import io.shoreline.portal.scorecards.Trend;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A period's scorecard as CSV for spreadsheets: one row per KPI with its figure, terms and status,
 * the period before and where the figure comes from, then the overall score. Numbers are plain
 * decimals; an empty cell is "no data" (a number, a colour or a trend that cannot be given). Codes
 * (perspective, direction, measure, RAG, trend) stay as the portal names them and the header stays
 * English, so an import reads the same columns whoever exported; every text cell is escaped the way
 * the feed exports escape what a spreadsheet would run as a formula.
 */
public final class ScorecardCsvFile {

  static final String[] HEADER = {
    "perspective",
    "KPI",
    "unit",
    "direction",
    "measure",
    "period",
    "actual",
    "target",
    "amber",
    "red",
    "weight",
    "RAG",
    "previous period actual",
    "previous RAG",
    "trend",
    "items counted",
    "items skipped",
    "feed name",
    "feed version"
  };

  /** The perspective cell of the last row, which holds the overall score: no KPI's perspective. */
  static final String OVERALL = "OVERALL";

  static final String OVERALL_NAME = "Overall score";

  private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader(HEADER).get();

  private ScorecardCsvFile() {}

  public static String of(Scorecard card) {
    StringWriter text = new StringWriter();
    try (CSVPrinter printer = new CSVPrinter(text, FORMAT)) {
      for (KpiLine line : card.lines()) {
        printer.printRecord(kpiRow(card, line));
      }
      printer.printRecord(overallRow(card));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }

  private static List<String> kpiRow(Scorecard card, KpiLine line) {
    Kpi kpi = line.kpi();
    Optional<KpiTerms> terms = Optional.ofNullable(line.terms());
    Figure now = line.current();
    Figure before = line.previous();
    Provenance source = now.provenance();
    List<String> row = new ArrayList<>();
    row.add(code(kpi.getPerspective()));
    row.add(text(kpi.getName()));
    row.add(text(kpi.getUnit()));
    row.add(code(kpi.getDirection()));
    row.add(text(code(kpi.getSource()) + ":" + kpi.getMeasure()));
    row.add(card.period().key());
    row.add(ScorecardExports.plain(now.value()));
    row.add(ScorecardExports.plain(terms.map(KpiTerms::getTarget).orElse(null)));
    row.add(ScorecardExports.plain(terms.map(KpiTerms::getAmber).orElse(null)));
    row.add(ScorecardExports.plain(terms.map(KpiTerms::getRed).orElse(null)));
    row.add(terms.map(t -> Integer.toString(t.getWeight())).orElse(""));
    row.add(rag(now.rag()));
    row.add(ScorecardExports.plain(before.value()));
    row.add(rag(before.rag()));
    row.add(trend(line.trend()));
    row.add(Integer.toString(source.items()));
    row.add(Integer.toString(source.skipped()));
    row.add(text(source.feedName()));
    row.add(source.feedVersion() == null ? "" : source.feedVersion().toString());
    return row;
  }

  /** The overall score out of 100, higher is better, with the period before's. */
  private static List<String> overallRow(Scorecard card) {
    Trend trend =
        Direction.compare(
            Direction.HIGHER_IS_BETTER,
            Optional.ofNullable(card.getScore()),
            Optional.ofNullable(card.getPreviousScore()));
    List<String> row = new ArrayList<>();
    row.add(OVERALL);
    row.add(OVERALL_NAME);
    row.add("%");
    row.add(Direction.HIGHER_IS_BETTER.name());
    row.add("");
    row.add(card.period().key());
    row.add(ScorecardExports.plain(card.getScore()));
    row.add("");
    row.add("");
    row.add("");
    row.add("");
    row.add(rag(card.getRag()));
    row.add(ScorecardExports.plain(card.getPreviousScore()));
    row.add(rag(card.getPreviousRag()));
    row.add(trend(trend));
    for (int i = row.size(); i < HEADER.length; i++) {
      row.add("");
    }
    return row;
  }

  private static String rag(Rag rag) {
    return rag == null || rag == Rag.NONE ? "" : rag.name();
  }

  private static String trend(Trend trend) {
    return trend == null || trend == Trend.NONE ? "" : trend.name();
  }

  private static String code(Enum<?> value) {
    return value == null ? "" : value.name();
  }

  private static String text(String cell) {
    return cell == null ? "" : FeedCsv.formulaSafe(cell);
  }
}
