package io.shoreline.bench.tenantfilter;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The database's plan of one form, printed as a small table of the columns that tell it. */
final class Explain {

  // possible_keys and key_len only widen the lines
  private static final Set<String> SHOWN =
      Set.of("table", "type", "key", "ref", "rows", "filtered", "extra");

  private Explain() {}

  /**
   * Prints the plan and returns its shape: each table's access type and key, which tells whether
   * two forms are answered the same way.
   */
  static List<String> print(Connection connection, Form form, List<Object> binds, PrintStream out)
      throws SQLException {
    List<List<String>> lines = new ArrayList<>();
    try (PreparedStatement explain = connection.prepareStatement("EXPLAIN " + form.sql())) {
      form.bind(explain, binds);
      try (ResultSet plan = explain.executeQuery()) {
        ResultSetMetaData meta = plan.getMetaData();
        List<Integer> shown = new ArrayList<>();
        List<String> header = new ArrayList<>();
        for (int c = 1; c <= meta.getColumnCount(); c++) {
          if (SHOWN.contains(meta.getColumnLabel(c).toLowerCase())) {
            shown.add(c);
            header.add(meta.getColumnLabel(c));
          }
        }
        lines.add(header);
        String schema = connection.getCatalog() + ".";
        while (plan.next()) {
          List<String> line = new ArrayList<>();
          for (int c : shown) {
            String value = plan.getString(c);
            line.add(value == null ? "-" : value.replace(schema, ""));
          }
          lines.add(line);
        }
      }
    }
    printAligned(lines, out);
    List<String> header = lines.get(0);
    return lines.subList(1, lines.size()).stream()
        .map(
            line ->
                line.get(header.indexOf("table"))
                    + " "
                    + line.get(header.indexOf("type"))
                    + " "
                    + line.get(header.indexOf("key")))
        .toList();
  }

  private static void printAligned(List<List<String>> lines, PrintStream out) {
    int[] widths = new int[lines.get(0).size()];
    for (List<String> line : lines) {
      for (int c = 0; c < widths.length; c++) {
        widths[c] = Math.max(widths[c], line.get(c).length());
      }
    }
    for (List<String> line : lines) {
      StringBuilder text = new StringBuilder("      ");
      for (int c = 0; c < widths.length; c++) {
        text.append(String.format("%-" + (widths[c] + 2) + "s", line.get(c)));
      }
      out.println(text.toString().stripTrailing());
    }
  }
}
