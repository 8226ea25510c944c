package io.shoreline.portal.web.corpora;

import static org.assertj.core.api.Assertions.assertThat;

import io.shoreline.portal.testing.ClientsAndVendor;
import io.shoreline.portal.testing.Pages;
import io.shoreline.portal.testing.WebClient;
import io.shoreline.portal.web.corpora.CorpusFeeds.Made;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A few files of the CSV corpus through the feed page's upload, as its Ajax file upload sends them:
 * the page gives the same clear refusals as the API (in the page's words), stores nothing for them,
 * and stores the accepted file's rows.
 */
@ExtendWith(ArquillianExtension.class)
class CsvUploadPageIT {

  /** A file, and what the page must say about it. */
  private record Case(String file, String says, String stored) {}

  private static final List<Case> CASES =
      List.of(
          new Case("bom-utf16le.csv", "The file is not UTF-8 text", "0/0"),
          new Case("binary-png.csv", "The file is not UTF-8 text", "0/0"),
          new Case("quote-unclosed.csv", "Quotes do not match", "0/0"),
          new Case("cols-too-many.csv", "Expected 4 cells on this line.", "0/0"),
          new Case("formula-equals-cmd.csv", "Stored as version 1: 1 added", "1/1"));

  @ArquillianResource URL base;
  @Inject CorpusFeeds corpusFeeds;

  @Resource(lookup = "java:app/jdbc/portal")
  DataSource database;

  @Test
  @Timeout(60)
  void thePageRefusesAsTheApiDoesAndStoresNothing() throws Exception {
    Made made = corpusFeeds.make(CASES.size());
    WebClient victor = new WebClient(base);
    assertThat(victor.signIn(made.victor(), ClientsAndVendor.PASSWORD).statusCode()).isEqualTo(302);

    for (int i = 0; i < CASES.size(); i++) {
      Case each = CASES.get(i);
      String page = "app/feed.xhtml?w=" + made.workspace() + "&f=" + made.feeds().get(i);
      byte[] content =
          CsvCorpus.all().stream()
              .filter(expected -> expected.file().equals(each.file()))
              .findFirst()
              .orElseThrow()
              .content();

      HttpResponse<String> answer = upload(victor, page, each.file(), content);

      assertThat(answer.statusCode()).as(each.file()).isEqualTo(200);
      assertThat(answer.body())
          .as(each.file())
          .contains(each.says())
          .doesNotContainPattern(Pages.STACK_FRAME);
      if (each.stored().equals("0/0")) {
        assertThat(answer.body()).as(each.file()).contains("nothing was stored");
      }
      assertThat(new StoredRows(database).of(made.feeds().get(i)))
          .as(each.file())
          .isEqualTo(each.stored());
    }
  }

  /** As the feed page's Ajax file upload sends a file (see FeedsXssIT). */
  private static HttpResponse<String> upload(WebClient web, String page, String name, byte[] csv)
      throws Exception {
    Map<String, String> fields =
        Map.of(
            "jakarta.faces.partial.ajax", "true",
            "jakarta.faces.source", "upload:csv",
            "jakarta.faces.partial.execute", "upload:csv",
            "upload:csv_totalFilesCount", "1",
            "jakarta.faces.partial.render", "messages upload:result");
    return web.submitWithFiles(page, "csv", fields, "upload:csv", Map.of(name, csv));
  }
}
