package io.shoreline.portal.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The cross-site scripting corpus, src/test/resources/corpora/xss/payloads.txt: one payload a line,
 * "# " starts a comment (a payload may start with "#{"), placeholders name characters a text file
 * cannot hold well.
 */
public final class XssPayloads {

  /** What an evaluated expression of the corpus shows: 13*37001. */
  public static final String EVALUATED = "481013";

  private static final String CORPUS = "corpora/xss/payloads.txt";

  private XssPayloads() {}

  public static List<String> all() {
    List<String> payloads = new ArrayList<>();
    try (InputStream in = corpus();
        BufferedReader lines =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (!line.isBlank() && !line.startsWith("# ") && !line.equals("#")) {
          payloads.add(
              line.replace("{NUL}", "\u0000")
                  .replace("{TAB}", "\t")
                  .replace("{CR}", "\r")
                  .replace("{LF}", "\n"));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return payloads;
  }

  private static InputStream corpus() {
    InputStream in = XssPayloads.class.getClassLoader().getResourceAsStream(CORPUS);
    if (in == null) {
      throw new IllegalStateException("no " + CORPUS + " on the class path");
    }
    return in;
  }
}
