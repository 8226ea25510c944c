package io.shoreline.portal.web.scorecards;

import static io.shoreline.portal.web.scorecards.SampleScorecard.NOVEMBER;
import static org.assertj.core.api.Assertions.assertThat;

import io.shoreline.portal.scorecards.ScorePeriod;
import io.shoreline.portal.web.threads.AttachmentDownload;
import org.junit.jupiter.api.Test;

class ScorecardExportsTest {

  @Test
  void thePeriodIsAMonthWeekOrQuarterKey() {
    assertThat(ScorecardExports.period("2026-11")).contains(NOVEMBER);
    assertThat(ScorecardExports.period(" 2026-11 ")).contains(NOVEMBER);
    assertThat(ScorecardExports.period("2026-W47").map(ScorePeriod::key)).contains("2026-W47");
    assertThat(ScorecardExports.period("2026-Q4").map(ScorePeriod::key)).contains("2026-Q4");
  }

  @Test
  void anythingElseIsNoPeriod() {
    for (String bad :
        new String[] {
          null,
          "",
          "  ",
          "2026-13",
          "2026-00",
          "2026-W54",
          "2026-Q5",
          "11-2026",
          "2026-11-01",
          "2026-11'--",
          "２０２６-11"
        }) {
      assertThat(ScorecardExports.period(bad)).as(String.valueOf(bad)).isEmpty();
    }
  }

  @Test
  void theFileIsNamedAfterTheWorkspaceAndThePeriod() {
    assertThat(ScorecardExports.fileName("Northwind – Atlas", NOVEMBER, "csv"))
        .isEqualTo("Northwind – Atlas scorecard 2026-11.csv");
    assertThat(ScorecardExports.fileName("Café  Crème", NOVEMBER, "pdf"))
        .isEqualTo("Café Crème scorecard 2026-11.pdf");
  }

  @Test
  void aNameNeverBecomesAPathOrAHeader() {
    assertThat(ScorecardExports.fileName("../../etc/passwd", NOVEMBER, "csv"))
        .isEqualTo("etc-passwd scorecard 2026-11.csv");
    assertThat(ScorecardExports.fileName("A\\B: \"C\" <D>|E?*", NOVEMBER, "csv"))
        .isEqualTo("A-B- -C- -D-E scorecard 2026-11.csv");
    assertThat(ScorecardExports.fileName("Evil\r\nSet-Cookie: x", NOVEMBER, "csv"))
        .isEqualTo("Evil-Set-Cookie- x scorecard 2026-11.csv");
    assertThat(ScorecardExports.fileName(" ... ", NOVEMBER, "csv"))
        .isEqualTo("workspace scorecard 2026-11.csv");
  }

  @Test
  void theDispositionHasAnAsciiFallbackAndTheExactName() {
    assertThat(
            AttachmentDownload.disposition(
                ScorecardExports.fileName("Northwind – Atlas", NOVEMBER, "csv")))
        .isEqualTo(
            "attachment; filename=\"Northwind _ Atlas scorecard 2026-11.csv\"; "
                + "filename*=UTF-8''Northwind%20%E2%80%93%20Atlas%20scorecard%202026-11.csv");
  }
}
