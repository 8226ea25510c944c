package io.shoreline.portal.web.corpora;

import static org.assertj.core.api.Assertions.assertThat;

import io.shoreline.portal.testing.WebClient;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A feed's CSV export as a member downloads it (app/feed-export): an attachment that is never
 * sniffed, and every text cell a spreadsheet would run as a formula (= + - @, tab, carriage return
 * first) written with an apostrophe in front, the rest exactly as the API reads it back.
 */
final class FormulaSafeExport {

  private static final Pattern FORMULA = Pattern.compile("^[=+\\-@\t\r].*", Pattern.DOTALL);
  private static final int QUEUE = 1; // the corpus feeds' one free-text column

  private final WebClient member;
  private final long workspace;

  FormulaSafeExport(WebClient member, long workspace) {
    this.member = member;
    this.workspace = workspace;
  }

  /** The export of this feed against the rows the API read back (a RowsDto's JSON). */
  void check(Mismatches mismatches, String what, long feed, String apiRows) throws Exception {
    HttpResponse<byte[]> export = member.download("app/feed-export?w=" + workspace + "&f=" + feed);
    mismatches.check(() -> assertThat(export.statusCode()).as(what + " export").isEqualTo(200));
    mismatches.check(
        () ->
            assertThat(export.headers().firstValue("Content-Disposition").orElse(""))
                .as(what + " export")
                .startsWith("attachment;"));
    mismatches.check(
        () ->
            assertThat(export.headers().firstValue("X-Content-Type-Options").orElse(""))
                .as(what + " export")
                .isEqualTo("nosniff"));
    List<String> exported = queues(new String(export.body(), StandardCharsets.UTF_8));
    List<String> expected = apiQueues(apiRows).stream().map(FormulaSafeExport::shown).toList();
    mismatches.check(
        () ->
            assertThat(exported)
                .as(what + " exported queues")
                .containsExactlyInAnyOrderElementsOf(expected));
    mismatches.check(
        () ->
            assertThat(exported)
                .as(what + " exported queues")
                .noneMatch(cell -> FORMULA.matcher(cell).matches()));
  }

  /** What a spreadsheet must be given for this stored text: never a formula. */
  private static String shown(String stored) {
    return FORMULA.matcher(stored).matches() ? "'" + stored : stored;
  }

  private static List<String> queues(String csv) throws Exception {
    List<String> queues = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(csv, CSVFormat.RFC4180)) {
      boolean header = true;
      for (CSVRecord record : parser) {
        if (!header) {
          queues.add(record.get(QUEUE));
        }
        header = false;
      }
    }
    return queues;
  }

  private static List<String> apiQueues(String json) {
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      JsonArray rows = reader.readObject().getJsonArray("rows");
      List<String> queues = new ArrayList<>();
      for (JsonValue row : rows) {
        queues.add(row.asJsonArray().getString(QUEUE));
      }
      return queues;
    }
  }
}
