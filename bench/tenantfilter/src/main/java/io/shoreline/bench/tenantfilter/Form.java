package io.shoreline.bench.tenantfilter;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.IntStream;

/**
 * One form of a query: its SQL text and which of the query's binds (by position in the form with
 * the filter) its placeholders take, in order.
 */
record Form(String sql, List<Integer> bindPositions) {

  Form {
    bindPositions = List.copyOf(bindPositions);
    long placeholders = sql.chars().filter(c -> c == '?').count();
    if (placeholders != bindPositions.size()) {
      throw new IllegalArgumentException(
          placeholders + " placeholders but " + bindPositions.size() + " binds: " + sql);
    }
  }

  /** The text as it is, taking every bind in order. */
  static Form of(String sql) {
    int placeholders = (int) sql.chars().filter(c -> c == '?').count();
    return new Form(sql, IntStream.range(0, placeholders).boxed().toList());
  }

  /** This form's share of the binds of the form with the filter. */
  List<Object> pick(List<Object> binds) {
    return bindPositions.stream().map(binds::get).toList();
  }

  void bind(PreparedStatement statement, List<Object> binds) throws SQLException {
    List<Object> mine = pick(binds);
    for (int i = 0; i < mine.size(); i++) {
      statement.setObject(i + 1, mine.get(i));
    }
  }
}
