package io.shoreline.bench.tenantfilter;

import java.util.Locale;

/** How rates and ratios are written in the report. */
final class Figures {

  private Figures() {}

  /** Queries per second: two decimals below 10, one below 100, whole above. */
  static String rate(double perSecond) {
    if (perSecond < 10) {
      return String.format(Locale.ROOT, "%.2f", perSecond);
    }
    if (perSecond < 100) {
      return String.format(Locale.ROOT, "%.1f", perSecond);
    }
    return String.format(Locale.ROOT, "%,.0f", perSecond);
  }

  static String ratio(double ratio) {
    return ratio < 100
        ? String.format(Locale.ROOT, "%.2f", ratio)
        : String.format(Locale.ROOT, "%,.0f", ratio);
  }
}
