package io.shoreline.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/** Rows and time per table (binding and sending its batches) and per phase (wall time). */
final class Report {

  private record Line(long rows, long nanos) {}

  private final Map<String, Line> tables = new LinkedHashMap<>();
  private final Map<String, Long> phases = new LinkedHashMap<>();

  void table(String name, long rows, long nanos) {
    tables.merge(
        name, new Line(rows, nanos), (a, b) -> new Line(a.rows + b.rows, a.nanos + b.nanos));
  }

  void phase(String name, long nanos) {
    phases.put(name, nanos);
  }

  void print(long totalNanos) {
    System.out.printf("%n%-22s %12s %10s %12s%n", "table", "rows", "seconds", "rows/s");
    long total = 0;
    for (var entry : tables.entrySet()) {
      Line line = entry.getValue();
      total += line.rows;
      System.out.printf(
          "%-22s %,12d %10.1f %,12.0f%n",
          entry.getKey(), line.rows, line.nanos / 1e9, rate(line.rows, line.nanos));
    }
    System.out.printf("%n%-22s %10s%n", "phase (wall)", "seconds");
    phases.forEach((name, nanos) -> System.out.printf("%-22s %10.1f%n", name, nanos / 1e9));
    System.out.printf(
        "%ntotal: %,d rows in %.1f s = %,.0f rows/s%n",
        total, totalNanos / 1e9, rate(total, totalNanos));
  }

  private static double rate(long rows, long nanos) {
    return nanos == 0 ? 0 : rows / (nanos / 1e9);
  }
}
