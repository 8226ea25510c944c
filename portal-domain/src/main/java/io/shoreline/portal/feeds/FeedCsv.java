package io.shoreline.portal.feeds;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a feed's rows as CSV for spreadsheets. A text or enum cell that a spreadsheet would run as
 * a formula (starting with = + - @, tab or carriage return) is prefixed with an apostrophe; typed
 * cells (a number such as -5, a date) are written as they are.
 */
public final class FeedCsv implements AutoCloseable {

  private final CSVPrinter printer;
  private final FeedColumns columns;

  FeedCsv(Writer out, FeedColumns columns) throws IOException {
    this.printer = new CSVPrinter(out, CSVFormat.RFC4180);
    this.columns = columns;
    printer.printRecord(columns.names().stream().map(FeedCsv::formulaSafe).toList());
  }

  void row(List<String> cells) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      String cell = cells.get(i);
      printer.print(columns.get(i).isFreeText() ? formulaSafe(cell) : cell);
    }
    printer.println();
  }

  /** The cell as a spreadsheet shows it rather than runs it. */
  public static String formulaSafe(String cell) {
    if (cell == null || cell.isEmpty()) {
      return cell;
    }
    char first = cell.charAt(0);
    return first == '='
            || first == '+'
            || first == '-'
            || first == '@'
            || first == '\t'
            || first == '\r'
        ? "'" + cell
        : cell;
  }

  @Override
  public void close() throws IOException {
    printer.flush();
  }
}
