package io.shoreline.portal.feeds;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * CSV (RFC 4180) with Commons CSV: a header naming exactly the feed's columns, in any order, then
 * one record per row. A row's number is its record's number, the header being 1.
 */
final class CsvRows implements RowSource {

  private static final Pattern LINE = Pattern.compile("line:? (\\d+)");
  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

  @Override
  public void read(Utf8Input input, FeedColumns columns, Rows rows, ValidationReport report) {
    try (CSVParser parser = CSVParser.builder().setReader(input).setFormat(FORMAT).get()) {
      try {
        records(parser.iterator(), columns, rows, report);
      } catch (UncheckedIOException e) {
        malformed(e, input, lineOf(e, parser.getCurrentLineNumber()), report);
      }
    } catch (IOException | UncheckedIOException e) {
      malformed(e, input, input.line(), report);
    }
  }

  private static void records(
      Iterator<CSVRecord> records, FeedColumns columns, Rows rows, ValidationReport report) {
    if (!records.hasNext()) {
      report.add(0, null, "empty", null);
      return;
    }
    int[] positions = header(records.next(), columns, report);
    if (positions == null) {
      return;
    }
    while (records.hasNext()) {
      CSVRecord record = records.next();
      long row = record.getRecordNumber();
      if (record.size() != positions.length) {
        report.add(row, null, "cellCount", String.valueOf(positions.length));
        continue;
      }
      String[] raw = new String[columns.size()];
      for (int i = 0; i < positions.length; i++) {
        String cell = record.get(i);
        raw[positions[i]] = cell.isEmpty() ? null : cell;
      }
      rows.row(row, raw);
    }
  }

  // Commons CSV names the line in its message ("... at line: 2, position: 27"); it may have read on
  private static long lineOf(Exception failure, long parserLine) {
    Matcher line = LINE.matcher(String.valueOf(failure.getMessage()));
    return line.find() ? Long.parseLong(line.group(1)) : parserLine;
  }

  // the decoder names the line of a bad byte; the parser the line of bad quoting
  private static void malformed(
      Exception failure, Utf8Input input, long parserLine, ValidationReport report) {
    if (Utf8Input.isEncodingFailure(failure)) {
      report.add(input.line(), null, "encoding", null);
    } else {
      report.add(parserLine, null, "quoting", failure.getMessage());
    }
  }

  /** For each position in the file, the feed column it holds; null when the header is wrong. */
  private static int[] header(CSVRecord header, FeedColumns columns, ValidationReport report) {
    int[] positions = new int[header.size()];
    Set<String> named = new HashSet<>();
    boolean valid = true;
    for (int i = 0; i < header.size(); i++) {
      String name = header.get(i).strip();
      var index = columns.indexOf(name);
      if (index.isEmpty()) {
        report.add(1, name, "headerUnknown", null);
        valid = false;
      } else if (!named.add(name)) {
        report.add(1, name, "headerDuplicate", null);
        valid = false;
      } else {
        positions[i] = index.getAsInt();
      }
    }
    for (String name : columns.names()) {
      if (!named.contains(name)) {
        report.add(1, name, "headerMissing", null);
        valid = false;
      }
    }
    return valid ? positions : null;
  }
}
