package io.shoreline.bench.tenantfilter;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** The real ids of the dataset that the queries draw their parameters from. */
final class Samples {

  private final Map<Pool, List<long[]>> rows = new EnumMap<>(Pool.class);

  static Samples load(Connection connection) throws SQLException {
    Samples samples = new Samples();
    for (Pool pool : Pool.values()) {
      List<long[]> rows = new ArrayList<>();
      try (PreparedStatement select = connection.prepareStatement(pool.sql);
          ResultSet result = select.executeQuery()) {
        int columns = result.getMetaData().getColumnCount();
        while (result.next()) {
          long[] row = new long[columns];
          for (int c = 0; c < columns; c++) {
            row[c] = result.getLong(c + 1);
          }
          rows.add(row);
        }
      }
      if (rows.isEmpty()) {
        throw new IllegalStateException("the dataset has no rows for " + pool + ": " + pool.sql);
      }
      samples.rows.put(pool, List.copyOf(rows));
    }
    return samples;
  }

  long[] draw(Pool pool, Random random) {
    List<long[]> candidates = rows.get(pool);
    return candidates.get(random.nextInt(candidates.size()));
  }

  int size(Pool pool) {
    return rows.get(pool).size();
  }
}
