package io.shoreline.portal.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** CSV and JSON submissions read and validated as FeedIngest does, without a database. */
class RowParsingTest {

  private static final String HEADER = "date,queue,offered,service_level,at,open,channel\n";

  private final List<String[]> rows = new ArrayList<>();
  private final ValidationReport report = new ValidationReport();

  private void read(IngestFormat format, byte[] body) {
    FeedColumns columns = KpiColumns.kpis();
    RowValidator validator = new RowValidator(columns);
    RowSource.of(format)
        .read(
            new Utf8Input(new ByteArrayInputStream(body)),
            columns,
            (row, raw) -> {
              String[] cells = validator.validate(row, raw, report);
              if (cells != null) {
                rows.add(cells);
              }
            },
            report);
  }

  private void csv(String text) {
    read(IngestFormat.CSV, text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void validRowsAreWrittenCanonically() {
    csv(
        "\uFEFF"
            + HEADER
            + "2026-03-01,Billing FR,120,92.5,2026-03-01T09:00:00+01:00,true,voice\n"
            + "2026-03-01,\"Sales, EN\",-7,,,,\n");

    assertThat(report.isEmpty()).as(report.problems().toString()).isTrue();
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0))
        .containsExactly(
            "2026-03-01",
            "Billing FR",
            "120",
            "92.50",
            "2026-03-01T09:00:00+01:00",
            "true",
            "voice");
    assertThat(rows.get(1))
        .containsExactly("2026-03-01", "Sales, EN", "-7", null, null, null, null);
  }

  @Test
  void headerMustNameExactlyTheColumns() {
    csv("date,queue,queue,offered,colour\n2026-03-01,A,A,1,red\n");

    assertThat(report.problems())
        .extracting(Problem::row, Problem::column, Problem::code)
        .containsExactlyInAnyOrder(
            tuple(1L, "queue", "headerDuplicate"),
            tuple(1L, "colour", "headerUnknown"),
            tuple(1L, "service_level", "headerMissing"),
            tuple(1L, "at", "headerMissing"),
            tuple(1L, "open", "headerMissing"),
            tuple(1L, "channel", "headerMissing"));
    assertThat(rows).isEmpty();
  }

  @Test
  void everyBadCellIsReportedWithItsRowAndColumn() {
    csv(
        HEADER
            + "2026-02-30,A,12x,1.234,yesterday,yes,fax\n"
            + ",,99999999999999999999,1234.5,2026-03-01T09:00:00,TRUE,\n"
            + "2026-03-02,B,1,1\n"
            + "2026-03-03,C,5,100.00,,false,chat\n");

    assertThat(report.problems())
        .extracting(Problem::row, Problem::column, Problem::code)
        .containsExactly(
            tuple(2L, "date", "date"),
            tuple(2L, "offered", "integer"),
            tuple(2L, "service_level", "decimalScale"),
            tuple(2L, "at", "timestamp"),
            tuple(2L, "open", "boolean"),
            tuple(2L, "channel", "enum"),
            tuple(3L, "date", "required"),
            tuple(3L, "queue", "required"),
            tuple(3L, "offered", "integer"),
            tuple(3L, "service_level", "decimalPrecision"),
            tuple(3L, "at", "timestamp"),
            tuple(3L, "open", "boolean"),
            tuple(4L, null, "cellCount"));
    assertThat(rows).hasSize(1); // the last row is valid, but the submission as a whole is not
    assertThat(report.problems().get(5).describe()).isEqualTo("not one of: voice, chat");
  }

  @Test
  void aWrongEncodingNamesItsLine() {
    byte[] latin1 =
        (HEADER + "2026-03-01,A,1,,,,\n2026-03-01,Modèle,1,,,,\n")
            .getBytes(StandardCharsets.ISO_8859_1);

    read(IngestFormat.CSV, latin1);

    assertThat(report.problems())
        .extracting(Problem::row, Problem::code)
        .containsExactly(tuple(3L, "encoding"));
  }

  @Test
  void malformedQuotingIsReported() {
    csv(HEADER + "2026-03-01,\"A\"B,1,,,,\n");

    assertThat(report.problems())
        .extracting(Problem::row, Problem::code)
        .containsExactly(tuple(2L, "quoting"));
  }

  @Test
  void jsonObjectsAreReadByColumnName() {
    read(
        IngestFormat.JSON,
        """
        [{"date": "2026-03-01", "queue": "A", "offered": 12, "service_level": 80.5,
          "open": false, "channel": null},
         {"queue": "B", "offered": "x", "colour": "red"},
         {"date": "2026-03-02", "queue": "C", "offered": 3, "open": [1]}]
        """
            .getBytes(StandardCharsets.UTF_8));

    assertThat(rows).hasSize(1);
    assertThat(rows.get(0)).containsExactly("2026-03-01", "A", "12", "80.50", null, "false", null);
    assertThat(report.problems())
        .extracting(Problem::row, Problem::column, Problem::code)
        .containsExactly(tuple(2L, "colour", "headerUnknown"), tuple(3L, "open", "json"));
  }

  @Test
  void malformedJsonNamesItsLine() {
    read(IngestFormat.JSON, "[\n{\"date\": \"2026-03-01\",,}\n]".getBytes(StandardCharsets.UTF_8));

    assertThat(report.problems())
        .extracting(Problem::row, Problem::code)
        .containsExactly(tuple(2L, "json"));
  }

  /** Parsson 1.1.5's skipArray/skipObject spun forever on these (Payara 6 bundles it). */
  @Test
  @Timeout(5)
  void aTruncatedNestedValueIsMalformedNotAnEndlessLoop() {
    for (String body :
        new String[] {
          "[[", "[[1,2", "[{\"date\":[", "[{\"open\":{\"a\":", "[{\"colour\":[[", "[1,{"
        }) {
      ValidationReport each = new ValidationReport();
      RowSource.of(IngestFormat.JSON)
          .read(
              new Utf8Input(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8))),
              KpiColumns.kpis(),
              (row, raw) -> {},
              each);

      assertThat(each.problems()).as(body).extracting(Problem::code).contains("json");
    }
  }

  @Test
  @Timeout(5)
  void nestingDeeperThanAnyRowIsRefusedBeforeTheParsersOwnLimit() {
    read(
        IngestFormat.JSON,
        ("[" + "[".repeat(10_000) + "]".repeat(10_000) + "]").getBytes(StandardCharsets.UTF_8));

    assertThat(report.problems())
        .extracting(Problem::code, Problem::argument)
        .contains(tuple("json", "nested more than 64 levels deep"));
    assertThat(rows).isEmpty();
  }

  @Test
  void theReportKeepsAThousandProblemsAndCountsAll() {
    StringBuilder body = new StringBuilder(HEADER);
    for (int i = 0; i < 1500; i++) {
      body.append("x,A,1,,,,\n");
    }

    csv(body.toString());

    assertThat(report.problems()).hasSize(ValidationReport.CAP);
    assertThat(report.total()).isEqualTo(1500);
  }

  @Test
  void aHugeExponentIsRefusedWithoutExpandingIt() {
    // setScale(2) on 1E+999999999 would build a billion-digit number: minutes and gigabytes
    csv(HEADER + "2026-03-01,A,1,1E+999999999,,,\n2026-03-01,B,1,0E+999999999,,,\n");

    assertThat(report.problems())
        .extracting(Problem::row, Problem::column, Problem::code)
        .containsExactly(tuple(2L, "service_level", "decimalPrecision"));
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0)[3]).isEqualTo("0.00");
  }

  @Test
  void controlCharactersAreRefusedInTextButTabsAndLineBreaksAreKept() {
    csv(
        HEADER
            + "2026-03-01,\"A\u0000B\",1,,,,\n"
            + "2026-03-01,\u001b[31mC,1,,,,\n"
            + "2026-03-01,D\u0085,1,,,,\n"
            + "2026-03-01,\"E\tF\r\nG\",1,,,,\n");

    assertThat(report.problems())
        .extracting(Problem::row, Problem::column, Problem::code)
        .containsExactly(
            tuple(2L, "queue", "control"),
            tuple(3L, "queue", "control"),
            tuple(4L, "queue", "control"));
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0)[1]).isEqualTo("E\tF\r\nG");
  }

  @Test
  void aReportRepeatsAtMostTwoHundredCharactersOfACellAndNoControlCharacter() {
    csv("date,\u0000queue" + "x".repeat(5000) + ",offered\n");

    Problem unknown = report.problems().get(0);
    assertThat(unknown.code()).isEqualTo("headerUnknown");
    assertThat(unknown.column()).startsWith("\uFFFDqueuexxx").endsWith("\u2026").hasSize(201);
    assertThat(new Problem(2, null, "integer", "1".repeat(199) + "\uD83D\uDE00").argument())
        .as("never half a character")
        .isEqualTo("1".repeat(199) + "\u2026");
  }

  @Test
  void theLastLineNeedsNoLineBreakAndCarriageReturnsAloneEndLines() {
    // the parser reads again after the end: the decoder, flushed, must not be called again
    csv(HEADER.strip() + "\r2026-03-01,A,1,,,,\r2026-03-01,B,2,,,,");

    assertThat(report.isEmpty()).as(report.problems().toString()).isTrue();
    assertThat(rows).extracting(cells -> cells[1]).containsExactly("A", "B");
  }

  @Test
  void aFileOfAByteOrderMarkAloneIsEmpty() {
    read(IngestFormat.CSV, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    read(IngestFormat.CSV, ("\uFEFF" + HEADER.strip()).getBytes(StandardCharsets.UTF_8));

    assertThat(report.problems())
        .extracting(Problem::row, Problem::code)
        .containsExactly(tuple(0L, "empty"));
    assertThat(rows).isEmpty();
  }
}
