package io.shoreline.portal.web.corpora;

import static org.assertj.core.api.Assertions.assertThat;

import io.shoreline.portal.web.corpora.CsvCorpus.Expected;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every file of the CSV corpus has one manifest line, every line a file, and each is assertable.
 */
class CsvCorpusManifestTest {

  private static final Path DIRECTORY = Path.of("src/test/resources/corpora/csv");

  @Test
  void everyFileHasExactlyOneExpectation() throws IOException {
    List<String> named = CsvCorpus.all().stream().map(Expected::file).toList();
    List<String> files;
    try (Stream<Path> listed = Files.list(DIRECTORY)) {
      files =
          listed
              .map(path -> path.getFileName().toString())
              .filter(name -> name.endsWith(".csv"))
              .toList();
    }

    assertThat(named).doesNotHaveDuplicates();
    assertThat(named).containsExactlyInAnyOrderElementsOf(files);
    assertThat(files).hasSizeGreaterThanOrEqualTo(160);
  }

  @Test
  void eachExpectationIsAStatusWithRowsOrAPhrase() {
    assertThat(CsvCorpus.all())
        .allSatisfy(
            expected -> {
              assertThat(expected.status()).as(expected.file()).isIn(201, 400, 413, 415, 422);
              if (expected.accepted()) {
                assertThat(expected.rows()).as(expected.file()).isPositive();
              } else {
                assertThat(expected.phrase()).as(expected.file()).isNotBlank();
              }
            });
  }

  @Test
  void readsAManifestLine() {
    assertThat(CsvCorpus.parse("a.csv\t201\t3 rows | \"x\""))
        .isEqualTo(new Expected("a.csv", 201, 3, "\"x\"", null));
    assertThat(CsvCorpus.parse("b.csv\t422\tnot a date"))
        .isEqualTo(new Expected("b.csv", 422, 0, null, "not a date"));
  }
}
