package io.shoreline.portal.web.scorecards;

import static io.shoreline.portal.web.scorecards.SampleScorecard.NOVEMBER;
import static io.shoreline.portal.web.scorecards.SampleScorecard.OCTOBER;
import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import io.shoreline.portal.scorecards.Direction;
import io.shoreline.portal.scorecards.KpiLine;
import io.shoreline.portal.scorecards.KpiSource;
import io.shoreline.portal.scorecards.Perspective;
import io.shoreline.portal.scorecards.Provenance;
import io.shoreline.portal.scorecards.Rag;
import io.shoreline.portal.scorecards.Scorecard;
import io.shoreline.portal.scorecards.Trend;
import io.shoreline.portal.testing.PdfText;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The PDF read back as text. Cells of a table follow each other with or without a space and long
 * ones wrap, so a table's row is compared with every space left out ({@link #row}).
 */
class ScorecardPdfTest {

  private static final Instant MADE = Instant.parse("2026-12-02T14:05:00Z");

  @Test
  void theTitleSummaryAndZoneNote() throws IOException {
    String text = text(SampleScorecard.card(), Locale.ENGLISH);

    assertThat(text)
        .contains("Scorecard · November 2026")
        .contains("Northwind – Atlas")
        .contains("Periods count Northwind's days (Europe/Paris).")
        .contains("Northwind – Atlas · Scorecard · November 2026", "Page 1");
    assertThat(compact(text))
        .contains(row("Period", "November 2026 (2026-11)"))
        .contains(row("Overall score", "83.33 % · Green"))
        .contains(row("Previous period", "58.33 % · Amber"))
        .contains(row("Made on", "Dec 2, 2026, 9:05 AM (America/Toronto)"));
  }

  @Test
  void aTablePerPerspectiveWithFiguresStatusWordsTrendsAndSources() throws IOException {
    String text = text(SampleScorecard.card(), Locale.ENGLISH);

    assertThat(text).contains("Customer", "Operations", "People and training", "Quality");
    assertThat(compact(text))
        .contains(
            row(
                "KPI",
                "Actual",
                "Target",
                "Status",
                "Previous period",
                "Trend",
                "Weight",
                "Source"))
        .contains(
            row(
                "Service level",
                "91.5 %",
                "80 %",
                "Green",
                "78.25 % (Amber)",
                "Better",
                "3",
                "Feed: mean of a column weighted by another. 31 rows of Daily KPIs, version 4",
                "(2 left out: a cell was empty)"))
        .contains(
            row(
                SampleScorecard.FORMULA_NAME,
                "45 %",
                "60 %",
                "Red",
                "no data",
                "–",
                "1",
                "Feedback: customers delighted, in %. 12 feedback items"))
        .contains(
            row(
                "Incidents",
                "0",
                "0",
                "Green",
                "2 (Amber)",
                "Better",
                "2",
                "Incidents: number started. no incidents"))
        .contains(
            row(
                "Bulletins acknowledged",
                "no data",
                "95 %",
                "Not judged",
                "96.5 % (Green)",
                "–",
                "1",
                "Bulletins: acknowledgement rate, in %. no bulletins"))
        .contains(
            row(
                "Visit rating",
                "4.25",
                "no terms then",
                "Not judged",
                "4",
                "Better",
                "Site visits: mean rating (1–5). 2 signed-off visits"));
  }

  @Test
  void aScorecardWithoutKpisSaysSo() throws IOException {
    String text = text(SampleScorecard.card(List.of(), null, null), Locale.ENGLISH);

    assertThat(text).contains("No KPI is agreed yet.").doesNotContain("Customer", "Source");
    assertThat(compact(text))
        .contains(row("Overall score", "no data · Not judged"))
        .contains(row("Previous period", "no data · Not judged"));
  }

  @Test
  void inFrenchWithFrenchNumbers() throws IOException {
    KpiLine calls =
        new KpiLine(
            SampleScorecard.kpi(
                8,
                "Appels traités",
                "appels",
                Perspective.OPERATIONS,
                Direction.HIGHER_IS_BETTER,
                KpiSource.FEED,
                "SUM"),
            SampleScorecard.terms(8, "1000", "900", "800", 2),
            List.of(
                SampleScorecard.figure(OCTOBER, "950", "1000", Rag.AMBER, Provenance.of(1, 0)),
                SampleScorecard.figure(
                    NOVEMBER, "1234.5", "1000", Rag.GREEN, new Provenance(1, 0, 7L, "Volumes", 2))),
            Trend.BETTER);
    String text = text(SampleScorecard.card(List.of(calls), "50", "100"), Locale.FRENCH);

    assertThat(text)
        .contains("Tableau de bord · novembre 2026")
        .contains("Les périodes comptent les jours de Northwind (Europe/Paris).")
        .contains("Opérations")
        // Java groups French thousands with a narrow space that Helvetica lacks: still a space
        .contains("1 234,5 appels", "1 000 appels");
    assertThat(compact(text))
        .contains(row("Score global", "100 % · Vert"))
        .contains(row("Période précédente", "50 % · Orange"))
        .contains(row("Établi le", "2 déc. 2026 09:05 (America/Toronto)"))
        .contains(
            row(
                "Appels traités",
                "1 234,5 appels",
                "1 000 appels",
                "Vert",
                "950 appels (Orange)",
                "Mieux",
                "2",
                "Flux : somme d’une colonne. 1 ligne de Volumes, version 2"));
  }

  @Test
  void theSampleInFrench() throws IOException {
    String text = text(SampleScorecard.card(), Locale.FRENCH);

    assertThat(compact(text))
        .contains(row("Service level", "91,5 %", "80 %", "Vert", "78,25 % (Orange)", "Mieux", "3"))
        .contains(
            row("31 lignes de Daily KPIs, version 4", "(2 écartées : une cellule était vide)"))
        .contains(row("Rouge", "pas de données"))
        .contains(row("Visit rating", "4,25", "pas de conditions alors", "Non jugé"))
        .contains(row("Incidents : nombre survenu. aucun incident"));
  }

  @Test
  void aLongPerspectiveGoesOnOverPagesUnderItsHeadingAndColumnHeads() throws IOException {
    KpiLine serviceLevel = SampleScorecard.card().lines().get(0);
    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    new ScorecardPdf(
            SampleScorecard.card(Collections.nCopies(30, serviceLevel), "50", "100"),
            "Northwind – Atlas",
            "Northwind",
            ZoneId.of("UTC"),
            Locale.ENGLISH,
            MADE)
        .write(pdf);

    PdfReader reader = new PdfReader(pdf.toByteArray());
    assertThat(reader.getNumberOfPages()).isGreaterThan(1);
    for (int page = 1; page <= reader.getNumberOfPages(); page++) {
      String text = compact(new PdfTextExtractor(reader).getTextFromPage(page));
      assertThat(text)
          .as("page " + page)
          .contains(row("Customer"), row("KPI", "Actual", "Target", "Status"), row("Page " + page));
    }
  }

  @Test
  void aNarrowSpaceBecomesOneHelveticaHas() {
    assertThat(ScorecardPdfStyle.printable("1\u202F234,5")).isEqualTo("1\u00A0234,5");
    assertThat(ScorecardPdfStyle.printable(null)).isEmpty();
  }

  private static String text(Scorecard card, Locale locale) throws IOException {
    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    new ScorecardPdf(
            card, "Northwind – Atlas", "Northwind", ZoneId.of("America/Toronto"), locale, MADE)
        .write(pdf);
    return PdfText.of(pdf.toByteArray()).replace('\u00A0', ' ').replaceAll("\\s+", " ");
  }

  /** The cells of a row one after the other, spaces left out. */
  private static String row(String... cells) {
    return compact(String.join("", Arrays.asList(cells)));
  }

  private static String compact(String text) {
    return text.replaceAll("[\\s\u00A0]+", "");
  }
}
