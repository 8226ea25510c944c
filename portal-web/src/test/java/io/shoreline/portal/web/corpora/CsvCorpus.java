package io.shoreline.portal.web.corpora;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The hostile CSV corpus, src/test/resources/corpora/csv, and what each file must get: its manifest
 * expected.tsv names each file with the status it must be answered; for 201 the number of rows
 * stored (and, after " | ", text the API must read back), else a phrase of the report.
 * src/test/corpora-generators/csv_corpus.py writes both.
 */
final class CsvCorpus {

  static final String DIRECTORY = "corpora/csv/";

  /** One file's expectation. */
  record Expected(String file, int status, long rows, String readBack, String phrase) {

    boolean accepted() {
      return status == 201;
    }

    byte[] content() {
      try (InputStream in = resource(DIRECTORY + file)) {
        return in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public String toString() {
      return file;
    }
  }

  private CsvCorpus() {}

  static List<Expected> all() {
    List<Expected> all = new ArrayList<>();
    try (BufferedReader lines =
        new BufferedReader(
            new InputStreamReader(resource(DIRECTORY + "expected.tsv"), StandardCharsets.UTF_8))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          all.add(parse(line));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return all;
  }

  static Expected parse(String line) {
    String[] fields = line.split("\t", 3);
    if (fields.length != 3) {
      throw new IllegalArgumentException("not file, status, detail: " + line);
    }
    int status = Integer.parseInt(fields[1]);
    if (status != 201) {
      return new Expected(fields[0], status, 0, null, fields[2]);
    }
    String[] detail = fields[2].split(" \\| ", 2);
    long rows = Long.parseLong(detail[0].replace(" rows", "").strip());
    return new Expected(fields[0], status, rows, detail.length > 1 ? detail[1] : null, null);
  }

  private static InputStream resource(String path) {
    InputStream in = CsvCorpus.class.getClassLoader().getResourceAsStream(path);
    if (in == null) {
      throw new IllegalStateException("no " + path + " on the class path");
    }
    return in;
  }
}
