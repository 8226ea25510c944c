package io.shoreline.portal.web.scorecards;

import static io.shoreline.portal.web.scorecards.SampleScorecard.NOVEMBER;
import static io.shoreline.portal.web.scorecards.SampleScorecard.OCTOBER;
import static org.assertj.core.api.Assertions.assertThat;

import io.shoreline.portal.scorecards.Direction;
import io.shoreline.portal.scorecards.KpiLine;
import io.shoreline.portal.scorecards.KpiSource;
import io.shoreline.portal.scorecards.Perspective;
import io.shoreline.portal.scorecards.Provenance;
import io.shoreline.portal.scorecards.Rag;
import io.shoreline.portal.scorecards.Trend;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class ScorecardCsvFileTest {

  @Test
  void oneRowPerKpiThenTheOverallScoreExactly() {
    String csv = ScorecardCsvFile.of(SampleScorecard.card());

    assertThat(csv.split("\r\n", -1))
        .containsExactly(
            "perspective,KPI,unit,direction,measure,period,actual,target,amber,red,weight,RAG,"
                + "previous period actual,previous RAG,trend,items counted,items skipped,"
                + "feed name,feed version",
            "CUSTOMER,Service level,%,HIGHER_IS_BETTER,FEED:WEIGHTED_MEAN,2026-11,91.5,80,75,70,3,"
                + "GREEN,78.25,AMBER,BETTER,31,2,Daily KPIs,4",
            "CUSTOMER,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",%,HIGHER_IS_BETTER,"
                + "FEEDBACK:DELIGHTED_RATE,2026-11,45,60,50,40,1,RED,,,,12,0,,",
            "OPERATIONS,Incidents,,LOWER_IS_BETTER,INCIDENTS:INCIDENT_COUNT,2026-11,0,0,1,3,2,"
                + "GREEN,2,AMBER,BETTER,0,0,,",
            "PEOPLE,Bulletins acknowledged,%,HIGHER_IS_BETTER,BULLETIN_ACKS:ACK_RATE,2026-11,,"
                + "95,90,80,1,,96.5,GREEN,,0,0,,",
            "QUALITY,Visit rating,,HIGHER_IS_BETTER,VISIT_RATINGS:MEAN_RATING,2026-11,4.25,,,,,,"
                + "4,,BETTER,2,0,,",
            "OVERALL,Overall score,%,HIGHER_IS_BETTER,,2026-11,83.33,,,,,GREEN,58.33,AMBER,BETTER,"
                + ",,,",
            "");
  }

  @Test
  void everyRowHasEveryColumnAndAnImportReadsThemByTheirEnglishNames() throws IOException {
    List<CSVRecord> records = parse(ScorecardCsvFile.of(SampleScorecard.card()));

    assertThat(records).hasSize(6);
    assertThat(records).allSatisfy(r -> assertThat(r.size()).isEqualTo(19));
    CSVRecord formula = records.get(1);
    assertThat(formula.get("KPI")).isEqualTo("'" + SampleScorecard.FORMULA_NAME);
    assertThat(formula.get("previous period actual")).isEmpty();
    assertThat(formula.get("previous RAG")).isEmpty();
    CSVRecord noTerms = records.get(4);
    assertThat(noTerms.get("target")).isEmpty();
    assertThat(noTerms.get("weight")).isEmpty();
    assertThat(noTerms.get("RAG")).isEmpty();
    assertThat(records.get(5).get("perspective")).isEqualTo("OVERALL");
  }

  @Test
  void everyTextCellASpreadsheetWouldRunIsNeutralised() throws IOException {
    KpiLine line =
        new KpiLine(
            SampleScorecard.kpi(
                9,
                "@SUM(A1)",
                "-1+1",
                Perspective.QUALITY,
                Direction.HIGHER_IS_BETTER,
                KpiSource.FEED,
                "MEAN"),
            SampleScorecard.terms(9, "-5", "-10", "-20", 1),
            List.of(
                SampleScorecard.figure(OCTOBER, "-7.5", "-5", Rag.AMBER, Provenance.of(1, 0)),
                SampleScorecard.figure(
                    NOVEMBER,
                    "-3",
                    "-5",
                    Rag.GREEN,
                    new Provenance(4, 0, 7L, "+cmd|' /C calc'!A0", 12))),
            Trend.BETTER);

    CSVRecord row =
        parse(ScorecardCsvFile.of(SampleScorecard.card(List.of(line), null, null))).get(0);

    assertThat(row.get("KPI")).isEqualTo("'@SUM(A1)");
    assertThat(row.get("unit")).isEqualTo("'-1+1");
    assertThat(row.get("feed name")).isEqualTo("'+cmd|' /C calc'!A0");
    // numbers stay numbers: a spreadsheet reads -3 as minus three
    assertThat(row.get("actual")).isEqualTo("-3");
    assertThat(row.get("target")).isEqualTo("-5");
    assertThat(row.get("previous period actual")).isEqualTo("-7.5");
    assertThat(row.get("feed version")).isEqualTo("12");
  }

  @Test
  void aScorecardWithoutKpisHasItsOverallRowWithoutAScore() throws IOException {
    List<CSVRecord> records =
        parse(ScorecardCsvFile.of(SampleScorecard.card(List.of(), null, null)));

    assertThat(records).hasSize(1);
    assertThat(records.get(0).values())
        .containsExactly(
            "OVERALL",
            "Overall score",
            "%",
            "HIGHER_IS_BETTER",
            "",
            "2026-11",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "");
  }

  @Test
  void largeAndTinyNumbersArePlainDecimals() {
    assertThat(ScorecardExports.plain(new java.math.BigDecimal("1.2E+7"))).isEqualTo("12000000");
    assertThat(ScorecardExports.plain(new java.math.BigDecimal("1234567.8900")))
        .isEqualTo("1234567.89");
    assertThat(ScorecardExports.plain(new java.math.BigDecimal("0.0001"))).isEqualTo("0.0001");
    assertThat(ScorecardExports.plain(new java.math.BigDecimal("0.0000"))).isEqualTo("0");
    assertThat(ScorecardExports.plain(null)).isEmpty();
  }

  private static List<CSVRecord> parse(String csv) throws IOException {
    return CSVFormat.RFC4180
        .builder()
        .setHeader()
        .setSkipHeaderRecord(true)
        .get()
        .parse(new StringReader(csv))
        .getRecords();
  }
}
