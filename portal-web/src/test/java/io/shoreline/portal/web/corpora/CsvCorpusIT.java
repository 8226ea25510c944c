package io.shoreline.portal.web.corpora;

import static org.assertj.core.api.Assertions.assertThat;

import io.shoreline.portal.testing.ApiClient;
import io.shoreline.portal.testing.ClientsAndVendor;
import io.shoreline.portal.testing.Pages;
import io.shoreline.portal.testing.WebClient;
import io.shoreline.portal.web.corpora.CorpusFeeds.Made;
import io.shoreline.portal.web.corpora.CsvCorpus.Expected;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The hostile CSV corpus ({@link CsvCorpus}) through the feed rows API, each file to a feed of its
 * own: each gets exactly the answer its manifest line names, never a 500. An accepted file stores
 * one version of exactly the expected rows, which read back through the API as the file wrote them
 * and (those holding formulas, markup or quotes) export formula-safe ({@link FormulaSafeExport}); a
 * refused one stores nothing and its report names the problem. A handful of files go through the
 * feed page's upload too ({@link CsvUploadPageIT}); the huge inputs are made here at run time
 * ({@link CsvGeneratedIT}).
 */
@ExtendWith(ArquillianExtension.class)
class CsvCorpusIT {

  @ArquillianResource URL base;
  @Inject CorpusFeeds corpusFeeds;

  @Resource(lookup = "java:app/jdbc/portal")
  DataSource database;

  @Test
  @Timeout(120)
  void everyFileGetsTheAnswerItsManifestNamesAndARefusalStoresNothing() throws Exception {
    List<Expected> corpus = CsvCorpus.all();
    // a feed of its own for each accepted file, one for all refused ones (which store nothing)
    Made made = corpusFeeds.make(1 + (int) corpus.stream().filter(Expected::accepted).count());
    int nextFeed = 1;
    ApiClient api = new ApiClient(base);
    StoredRows stored = new StoredRows(database);
    WebClient alice = new WebClient(base);
    assertThat(alice.signIn(made.alice(), ClientsAndVendor.PASSWORD).statusCode()).isEqualTo(302);
    FormulaSafeExport export = new FormulaSafeExport(alice, made.workspace());
    Mismatches mismatches = new Mismatches();

    for (int i = 0; i < corpus.size(); i++) {
      Expected expected = corpus.get(i);
      int feedIndex = expected.accepted() ? nextFeed++ : 0;
      long feed = made.feeds().get(feedIndex);
      String rows = made.rows(feedIndex);
      HttpResponse<String> answer =
          api.post(rows, made.writer(), "text/csv", expected.content(), null);

      mismatches.check(
          () ->
              assertThat(answer.statusCode())
                  .as(expected + " answered " + answer.body())
                  .isEqualTo(expected.status()));
      mismatches.check(
          () ->
              assertThat(answer.body())
                  .as(expected.file())
                  .doesNotContainPattern(Pages.STACK_FRAME));
      if (expected.accepted()) {
        mismatches.check(
            () ->
                assertThat(stored.of(feed))
                    .as(expected + ": versions/rows")
                    .isEqualTo("1/" + expected.rows()));
        if (expected.readBack() == null && !exported(expected)) {
          continue; // the row count says enough: spare the suite's time
        }
        HttpResponse<String> read = api.get(rows + "?size=1000", made.writer());
        mismatches.check(
            () -> assertThat(read.statusCode()).as(expected + " read back").isEqualTo(200));
        if (expected.readBack() != null) {
          mismatches.check(
              () ->
                  assertThat(read.body())
                      .as(expected + " read back")
                      .contains(expected.readBack()));
        }
        if (exported(expected)) {
          export.check(mismatches, expected.file(), feed, read.body());
        }
      } else {
        mismatches.check(
            () ->
                assertThat(answer.body())
                    .as(expected + " report")
                    .contains(expected.phrase(), "nothing was stored"));
        mismatches.check(
            () -> assertThat(stored.of(feed)).as(expected + ": versions/rows").isEqualTo("0/0"));
      }
    }
    mismatches.assertNone();
  }

  /** Files whose text a spreadsheet could run, or whose quoting the export must write back. */
  private static boolean exported(Expected expected) {
    return expected.file().startsWith("formula-")
        || expected.file().startsWith("html-")
        || expected.file().startsWith("quote-");
  }
}
