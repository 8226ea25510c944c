package io.shoreline.portal.web.corpora;

import static io.shoreline.portal.web.corpora.CorpusFeeds.HEADER;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.shoreline.portal.testing.ApiClient;
import io.shoreline.portal.testing.Pages;
import io.shoreline.portal.web.corpora.CorpusFeeds.Made;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.net.URL;
import java.net.http.HttpResponse;
import javax.sql.DataSource;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The CSV corpus's huge inputs, made at run time rather than committed: a megabyte cell, quoted or
 * never closed; 100,000 columns in the header or in a row; rows beyond the API's body limit
 * (PORTAL_API_MAX_BODY_MB is 2 in the integration build). Each is refused quickly with a short
 * report, and nothing is stored.
 */
@ExtendWith(ArquillianExtension.class)
class CsvGeneratedIT {

  private static final int MEGABYTE = 1024 * 1024;
  private static final int LIMIT = 2 * MEGABYTE;

  @ArquillianResource URL base;
  @Inject CorpusFeeds corpusFeeds;

  @Resource(lookup = "java:app/jdbc/portal")
  DataSource database;

  private Made made;
  private ApiClient api;

  @BeforeEach
  void feeds() {
    made = corpusFeeds.make(1);
    api = new ApiClient(base);
  }

  @Test
  @Timeout(30)
  void aMegabyteCellIsRefusedAndOnlyItsStartIsEchoed() throws Exception {
    String cell = "=HYPERLINK(\"" + "x".repeat(MEGABYTE) + "\")";
    HttpResponse<String> answer =
        post(HEADER + "\n2026-03-01,\"" + cell.replace("\"", "\"\"") + "\",1,\n");

    refused(answer, 422, "longer than 4000 characters");
    assertThat(answer.body().length()).isLessThan(10_000);
  }

  @Test
  @Timeout(30)
  void aMegabyteQuotedCellNeverClosedIsAQuotingError() throws Exception {
    refused(
        post(HEADER + "\n2026-03-01,\"" + "x,\n".repeat(MEGABYTE / 3)), 400, "malformed quoting");
  }

  @Test
  @Timeout(30)
  void aHeaderOf100000ColumnsIsRefusedWithACappedReport() throws Exception {
    StringBuilder header = new StringBuilder(HEADER);
    for (int i = 0; i < 100_000; i++) {
      header.append(",c").append(i);
    }
    HttpResponse<String> answer = post(header + "\n2026-03-01,Billing,1,\n");

    refused(answer, 422, "column not defined for this feed");
    assertThat(answer.body()).contains("\"total\":100000");
    assertThat(answer.body().length()).as("1,000 problems at most").isLessThan(200_000);
  }

  @Test
  @Timeout(30)
  void aRowOf100000CellsIsRefused() throws Exception {
    refused(
        post(HEADER + "\n2026-03-01,Billing,1," + ",".repeat(100_000) + "\n"),
        422,
        "expected 4 cells");
  }

  @Test
  @Timeout(30)
  void rowsBeyondTheBodyLimitAre413() throws Exception {
    StringBuilder rows = new StringBuilder(HEADER).append('\n');
    for (int i = 0; rows.length() <= LIMIT; i++) {
      rows.append("2026-03-01,Queue ").append(i).append(",1,0.5\n");
    }
    HttpResponse<String> answer = post(rows.toString());

    refused(answer, 413, "larger than 2 MB");
  }

  private HttpResponse<String> post(String csv) throws Exception {
    return api.post(made.rows(0), made.writer(), "text/csv", csv.getBytes(UTF_8), null);
  }

  private void refused(HttpResponse<String> answer, int status, String phrase) {
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
    assertThat(answer.body()).contains(phrase, "nothing was stored");
    assertThat(answer.body()).doesNotContainPattern(Pages.STACK_FRAME);
    assertThat(new StoredRows(database).of(made.feeds().get(0))).isEqualTo("0/0");
  }
}
