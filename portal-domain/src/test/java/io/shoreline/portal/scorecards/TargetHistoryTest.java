package io.shoreline.portal.scorecards;

import static io.shoreline.portal.scorecards.PeriodKind.MONTH;
import static io.shoreline.portal.scorecards.PeriodKind.QUARTER;
import static io.shoreline.portal.scorecards.PeriodKind.WEEK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A period is judged by the terms in force on its first day, whatever order the agreed terms come
 * in; before the first terms took effect there is nothing to judge by.
 */
class TargetHistoryTest {

  private static final TermsInForce<String> JANUARY = terms("2026-01-01", "target 90");
  private static final TermsInForce<String> JULY = terms("2026-07-01", "target 92");
  private static final TermsInForce<String> OCTOBER_2 = terms("2026-10-02", "target 95");
  private static final List<TermsInForce<String>> AGREED = List.of(JANUARY, JULY, OCTOBER_2);

  @Test
  void thePeriodIsJudgedByTheTermsInForceOnItsFirstDay() {
    assertThat(inForce(AGREED, MONTH, "2026-01-01")).contains("target 90");
    assertThat(inForce(AGREED, MONTH, "2026-06-01")).contains("target 90");
    // terms effective on the period's first day apply to it
    assertThat(inForce(AGREED, QUARTER, "2026-07-01")).contains("target 92");
    // Q4 began on 1 October, before the 2 October terms took effect
    assertThat(inForce(AGREED, QUARTER, "2026-10-01")).contains("target 92");
    assertThat(inForce(AGREED, MONTH, "2026-11-01")).contains("target 95");
    assertThat(inForce(AGREED, QUARTER, "2027-01-01")).contains("target 95");
  }

  @Test
  void aWeekRunningIntoNewTermsKeepsTheTermsItBeganWith() {
    // Monday 29 June to Sunday 5 July 2026
    ScorePeriod week = ScorePeriod.containing(WEEK, day("2026-07-02"));

    assertThat(week.start()).isEqualTo(day("2026-06-29"));
    assertThat(TargetHistory.inForce(AGREED, week)).contains("target 90");
  }

  @Test
  void nothingJudgesAPeriodBeforeTheFirstTerms() {
    assertThat(inForce(AGREED, MONTH, "2025-12-01")).isEmpty();
    // the week of 1 January 2026 began on 29 December, before the first terms
    assertThat(TargetHistory.inForce(AGREED, ScorePeriod.containing(WEEK, day("2026-01-01"))))
        .isEmpty();
    assertThat(inForce(List.of(), QUARTER, "2026-01-01")).isEmpty();
  }

  @Test
  void theOrderOfTheAgreedTermsDoesNotMatter() {
    List<String> periods =
        List.of("2025-12", "2026-01", "2026-06", "2026-07", "2026-10", "2026-11");
    for (List<TermsInForce<String>> order : permutations(AGREED)) {
      List<String> judgedBy =
          periods.stream()
              .map(key -> TargetHistory.inForce(order, ScorePeriod.parse(key).orElseThrow()))
              .map(terms -> terms.orElse("none"))
              .toList();
      assertThat(judgedBy)
          .as(order.toString())
          .containsExactly("none", "target 90", "target 90", "target 92", "target 92", "target 95");
    }
  }

  @Test
  void theSameTermsTwiceOnOneDayAreNotAmbiguous() {
    List<TermsInForce<String>> agreed = List.of(JANUARY, terms("2026-01-01", "target 90"));

    assertThat(inForce(agreed, MONTH, "2026-02-01")).contains("target 90");
  }

  @Test
  void differentTermsFromTheSameDayAreRefusedRatherThanPickedByListOrder() {
    List<TermsInForce<String>> agreed = List.of(JANUARY, terms("2026-01-01", "target 80"));

    assertThatThrownBy(() -> inForce(agreed, MONTH, "2026-02-01"))
        .isInstanceOf(IllegalArgumentException.class);
    // later terms settle the question for the periods they judge
    List<TermsInForce<String>> thenJuly = List.of(JANUARY, terms("2026-01-01", "target 80"), JULY);
    assertThat(inForce(thenJuly, MONTH, "2026-08-01")).contains("target 92");
  }

  private static <T> List<List<T>> permutations(List<T> items) {
    if (items.isEmpty()) {
      return List.of(List.of());
    }
    List<List<T>> all = new ArrayList<>();
    for (T first : items) {
      List<T> rest = new ArrayList<>(items);
      rest.remove(first);
      for (List<T> tail : permutations(rest)) {
        List<T> order = new ArrayList<>(List.of(first));
        order.addAll(tail);
        all.add(order);
      }
    }
    return all;
  }

  private static Optional<String> inForce(
      List<TermsInForce<String>> agreed, PeriodKind kind, String start) {
    return TargetHistory.inForce(agreed, new ScorePeriod(kind, day(start)));
  }

  private static TermsInForce<String> terms(String effectiveFrom, String terms) {
    return new TermsInForce<>(day(effectiveFrom), terms);
  }

  private static LocalDate day(String day) {
    return LocalDate.parse(day);
  }
}
