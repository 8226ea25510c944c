package io.shoreline.bench.tenantfilter;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows a form answers, as text, sorted: both forms must answer the same for the same values, or
 * the pair would not be "the same query without the filter".
 */
final class SameRows {

  private SameRows() {}

  static List<String> of(Connection connection, Form form, List<Object> binds) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (PreparedStatement select = connection.prepareStatement(form.sql())) {
      form.bind(select, binds);
      try (ResultSet result = select.executeQuery()) {
        int columns = result.getMetaData().getColumnCount();
        while (result.next()) {
          StringBuilder row = new StringBuilder();
          for (int c = 1; c <= columns; c++) {
            row.append(result.getString(c)).append('\u001f');
          }
          rows.add(row.toString());
        }
      }
    }
    rows.sort(null);
    return rows;
  }
}
