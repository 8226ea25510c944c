package io.shoreline.portal.feeds;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The problems of one submission: the first {@link #CAP} kept, all counted. Synchronized: the
 * parsing thread and the writing thread both report (ParsedChunks).
 */
public final class ValidationReport {

  public static final int CAP = 1000;

  private final List<Problem> problems = new ArrayList<>();
  private long total;

  synchronized void add(Problem problem) {
    total++;
    if (problems.size() < CAP) {
      problems.add(problem);
    }
  }

  void add(long row, String column, String code, String argument) {
    add(new Problem(row, column, code, argument));
  }

  public synchronized boolean isEmpty() {
    return total == 0;
  }

  /** The kept problems by row. */
  public synchronized List<Problem> problems() {
    return problems.stream().sorted(Comparator.comparingLong(Problem::row)).toList();
  }

  public synchronized long total() {
    return total;
  }
}
