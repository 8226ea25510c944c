package io.shoreline.bench.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The portal's state at one moment of the soak: its live heap and HTTP sessions, read from a class
 * histogram ({@code jcmd GC.class_histogram} collects the whole heap first, so only live objects
 * count), and its open database connections.
 */
record SoakSample(long atMillis, double heapMegabytes, int sessions, int connections) {

  /** Payara's web container keeps each HTTP session in one of these. */
  static final String SESSION_CLASS = "org.apache.catalina.session.StandardSession";

  static SoakSample take(long pid, long atMillis, int connections)
      throws IOException, InterruptedException {
    Process jcmd =
        new ProcessBuilder("jcmd", Long.toString(pid), "GC.class_histogram")
            .redirectErrorStream(true)
            .start();
    String histogram = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (jcmd.waitFor() != 0) {
      throw new IllegalStateException("jcmd failed:\n" + histogram);
    }
    return parse(histogram, atMillis, connections);
  }

  static SoakSample parse(String histogram, long atMillis, int connections) {
    long bytes = -1;
    int sessions = 0;
    for (String line : histogram.split("\n")) {
      String[] columns = line.trim().split("\\s+");
      if (columns[0].equals("Total") && columns.length >= 3) {
        bytes = Long.parseLong(columns[2]);
      } else if (columns.length >= 4 && columns[3].equals(SESSION_CLASS)) {
        sessions = Integer.parseInt(columns[1]);
      }
    }
    if (bytes < 0) {
      throw new IllegalStateException("no total in the class histogram:\n" + histogram);
    }
    return new SoakSample(atMillis, bytes / (1024.0 * 1024.0), sessions, connections);
  }

  @Override
  public String toString() {
    return String.format(
        "%5.0f s: live heap %.0f MB, %d sessions, %d database connections",
        atMillis / 1000.0, heapMegabytes, sessions, connections);
  }
}
