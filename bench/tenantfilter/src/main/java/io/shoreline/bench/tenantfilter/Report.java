package io.shoreline.bench.tenantfilter;

import java.io.PrintStream;
import java.util.Comparator;
import java.util.List;

/** The closing table: per query the medians, then the overall ratio against the goal. */
final class Report {

  static final double GOAL = 0.9;

  private Report() {}

  static void round(int number, Comparison.Round round, PrintStream out) {
    out.printf(
        "   round %d: with %s q/s (%,d in %.1f s)  without %s q/s (%,d in %.1f s)  ratio %s%n",
        number,
        Figures.rate(round.with().perSecond()),
        round.with().queries(),
        round.with().seconds(),
        Figures.rate(round.without().perSecond()),
        round.without().queries(),
        round.without().seconds(),
        Figures.ratio(round.ratio()));
  }

  static void median(Comparison comparison, PrintStream out) {
    out.printf(
        "   median: with %s q/s  without %s q/s  ratio %s   (load average %s)%n",
        Figures.rate(comparison.medianWith()),
        Figures.rate(comparison.medianWithout()),
        Figures.ratio(comparison.medianRatio()),
        Machine.load());
  }

  static void summary(List<Comparison> comparisons, PrintStream out) {
    out.println();
    out.println("== Summary: queries/s, median of the rounds; ratio = with / without, median of");
    out.println("   the rounds' ratios (each compares two forms run back to back)");
    out.printf("   %-24s %12s %12s %9s  %s%n", "query", "with", "without", "ratio", "plan");
    for (Comparison c : comparisons) {
      out.printf(
          "   %-24s %12s %12s %9s  %s%n",
          c.query().name() + (c.query().control() ? " (control)" : ""),
          Figures.rate(c.medianWith()),
          Figures.rate(c.medianWithout()),
          Figures.ratio(c.medianRatio()),
          c.samePlan() ? "same" : "differs");
    }
    List<Comparison> measured = comparisons.stream().filter(c -> !c.query().control()).toList();
    if (!measured.isEmpty()) {
      double overall =
          Comparison.geometricMean(measured.stream().map(Comparison::medianRatio).toList());
      Comparison lowest =
          measured.stream().min(Comparator.comparingDouble(Comparison::medianRatio)).orElseThrow();
      out.printf(
          "   overall ratio (geometric mean of the %d queries whose texts differ): %s;"
              + " goal >= %.1f: %s%n",
          measured.size(), Figures.ratio(overall), GOAL, overall >= GOAL ? "met" : "NOT met");
      List<Double> samePlan =
          measured.stream().filter(Comparison::samePlan).map(Comparison::medianRatio).toList();
      if (!samePlan.isEmpty()) {
        out.printf(
            "   the %d whose forms get the same plan (the predicates' own cost): geometric mean"
                + " %s%n",
            samePlan.size(), Figures.ratio(Comparison.geometricMean(samePlan)));
      }
      out.printf(
          "   lowest: %s %s%s%n",
          lowest.query().name(),
          Figures.ratio(lowest.medianRatio()),
          lowest.medianRatio() >= GOAL ? "" : " (below the goal)");
    }
    comparisons.stream()
        .filter(c -> c.query().control())
        .forEach(
            c ->
                out.printf(
                    "   control %s (the same text both ways): %s, the measurement's own spread%n",
                    c.query().name(), Figures.ratio(c.medianRatio())));
    out.printf("   load average at the end: %s%n", Machine.load());
  }
}
