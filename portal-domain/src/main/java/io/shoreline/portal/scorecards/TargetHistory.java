package io.shoreline.portal.scorecards;

import java.util.List;
import java.util.Optional;

/**
 * Which version of a KPI's agreed terms judges a period. Terms change over a contract's life; a
 * figure is judged by the terms in force when its period began, so later changes never rewrite past
 * colours.
 */
public final class TargetHistory {

  private TargetHistory() {}

  /**
   * The terms with the latest effective date on or before the period's first day, whatever the
   * order of {@code agreed}; empty before the first terms took effect.
   *
   * @throws IllegalArgumentException when two different terms take effect on that same day, since
   *     picking either would depend on the list's order
   */
  public static <T> Optional<T> inForce(List<TermsInForce<T>> agreed, ScorePeriod period) {
    Optional<TermsInForce<T>> latest =
        agreed.stream()
            .filter(terms -> !terms.effectiveFrom().isAfter(period.start()))
            .reduce((a, b) -> a.effectiveFrom().isBefore(b.effectiveFrom()) ? b : a);
    latest.ifPresent(chosen -> rejectRivals(agreed, chosen));
    return latest.map(TermsInForce::terms);
  }

  private static <T> void rejectRivals(List<TermsInForce<T>> agreed, TermsInForce<T> chosen) {
    boolean rival =
        agreed.stream()
            .anyMatch(
                other ->
                    other.effectiveFrom().equals(chosen.effectiveFrom())
                        && !other.terms().equals(chosen.terms()));
    if (rival) {
      throw new IllegalArgumentException(
          "Two different terms take effect on " + chosen.effectiveFrom());
    }
  }
}
