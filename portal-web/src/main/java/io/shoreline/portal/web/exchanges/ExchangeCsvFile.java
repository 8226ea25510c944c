package io.shoreline.portal.web.exchanges;

import io.shoreline.portal.exchanges.ExchangeStay;
import io.shoreline.portal.feeds.FeedCsv;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Accepted exchange stays as CSV for spreadsheets, one row per stay: times on the host site's clock
 * (ISO, no offset) and in UTC. Names a spreadsheet would run as a formula are escaped the way the
 * feed exports escape them; the header stays English, so that an import reads the same columns
 * whoever exported.
 */
public final class ExchangeCsvFile {

  static final String[] HEADER = {
    "programme",
    "agent",
    "host site",
    "host time zone",
    "starts (host local)",
    "ends (host local)",
    "starts UTC",
    "ends UTC"
  };

  private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader(HEADER).get();

  private ExchangeCsvFile() {}

  public static String of(String programmeName, List<ExchangeStay> stays) {
    StringWriter text = new StringWriter();
    try (CSVPrinter printer = new CSVPrinter(text, FORMAT)) {
      for (ExchangeStay stay : stays) {
        ZoneId zone = stay.zone();
        printer.printRecord(
            FeedCsv.formulaSafe(programmeName),
            FeedCsv.formulaSafe(stay.getAgentName()),
            FeedCsv.formulaSafe(stay.getHostSiteName()),
            FeedCsv.formulaSafe(zone.getId()),
            hostLocal(stay.getStartsAt(), zone),
            hostLocal(stay.getEndsAt(), zone),
            DateTimeFormatter.ISO_INSTANT.format(stay.getStartsAt()),
            DateTimeFormatter.ISO_INSTANT.format(stay.getEndsAt()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }

  private static String hostLocal(Instant instant, ZoneId zone) {
    return DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(instant.atZone(zone));
  }
}
