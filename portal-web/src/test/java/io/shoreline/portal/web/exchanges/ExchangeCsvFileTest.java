package io.shoreline.portal.web.exchanges;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class ExchangeCsvFileTest {

  @Test
  void oneRowPerStayOnTheHostsClockAndInUtc() throws IOException {
    String csv =
        ExchangeCsvFile.of(
            "Winter swap",
            List.of(
                SampleStays.stay(
                    678,
                    "Ana Silva",
                    "Lisbon Centre",
                    "Europe/Lisbon",
                    "2026-12-03T08:30:00Z",
                    "2026-12-05T17:00:00Z"),
                SampleStays.stay(
                    679,
                    "Doe, \"JD\" Jane",
                    "Toronto",
                    "America/Toronto",
                    "2026-12-07T14:00:00Z",
                    "2026-12-09T22:00:00Z")));

    List<CSVRecord> records = parse(csv);

    assertThat(records.get(0).values()).containsExactly(ExchangeCsvFile.HEADER);
    assertThat(records.get(1).values())
        .containsExactly(
            "Winter swap",
            "Ana Silva",
            "Lisbon Centre",
            "Europe/Lisbon",
            "2026-12-03T08:30:00",
            "2026-12-05T17:00:00",
            "2026-12-03T08:30:00Z",
            "2026-12-05T17:00:00Z");
    assertThat(records.get(2).values())
        .containsExactly(
            "Winter swap",
            "Doe, \"JD\" Jane",
            "Toronto",
            "America/Toronto",
            "2026-12-07T09:00:00",
            "2026-12-09T17:00:00",
            "2026-12-07T14:00:00Z",
            "2026-12-09T22:00:00Z");
    assertThat(records).hasSize(3);
  }

  @Test
  void namesThatASpreadsheetWouldRunAreNeutralised() throws IOException {
    String csv =
        ExchangeCsvFile.of(
            "+Programme",
            List.of(
                SampleStays.stay(
                    1,
                    "=HYPERLINK(\"http://evil.example\",\"click\")",
                    "@SUM(A1)",
                    "UTC",
                    "2026-12-03T08:30:00Z",
                    "2026-12-05T17:00:00Z"),
                SampleStays.stay(
                    2,
                    "-2+3",
                    "Plain site",
                    "UTC",
                    "2026-12-03T08:30:00Z",
                    "2026-12-05T17:00:00Z")));

    List<CSVRecord> records = parse(csv);

    assertThat(records.get(1).get(0)).isEqualTo("'+Programme");
    assertThat(records.get(1).get(1)).isEqualTo("'=HYPERLINK(\"http://evil.example\",\"click\")");
    assertThat(records.get(1).get(2)).isEqualTo("'@SUM(A1)");
    assertThat(records.get(2).get(1)).isEqualTo("'-2+3");
    assertThat(records.get(2).get(2)).isEqualTo("Plain site");
    assertThat(records.stream().skip(1).map(record -> record.get(6)))
        .allMatch(utc -> utc.startsWith("2026-"));
  }

  @Test
  void noStaysGiveTheHeaderAlone() throws IOException {
    assertThat(parse(ExchangeCsvFile.of("Winter swap", List.of()))).hasSize(1);
  }

  private static List<CSVRecord> parse(String csv) throws IOException {
    return CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords();
  }
}
