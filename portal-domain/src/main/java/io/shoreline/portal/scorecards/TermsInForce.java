package io.shoreline.portal.scorecards;

import java.time.LocalDate;
import java.util.Objects;

/** Agreed terms (a KPI's thresholds and weight, say) and the day from which they apply. */
public record TermsInForce<T>(LocalDate effectiveFrom, T terms) {

  public TermsInForce {
    Objects.requireNonNull(effectiveFrom, "effectiveFrom");
    Objects.requireNonNull(terms, "terms");
  }
}
