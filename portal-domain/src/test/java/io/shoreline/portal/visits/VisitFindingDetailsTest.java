package io.shoreline.portal.visits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shoreline.portal.platform.RuleViolation;
import org.junit.jupiter.api.Test;

/** What a person writes of a finding, and the texts of a visit: {@link FindingDetails}. */
class VisitFindingDetailsTest {

  @Test
  void stripsTheTextAndKeepsAreaAndSeverity() {
    FindingDetails details =
        new FindingDetails(VisitArea.QUALITY, Severity.HIGH, "  Calls end without a recap \n")
            .validated();

    assertThat(details)
        .isEqualTo(
            new FindingDetails(VisitArea.QUALITY, Severity.HIGH, "Calls end without a recap"));
    assertThat(new FindingDetails(VisitArea.QUALITY, Severity.LOW, null).text()).isEmpty();
  }

  @Test
  void needsAnAreaAndASeverity() {
    assertRefused(new FindingDetails(null, Severity.LOW, "text"), "visits.findingAreaRequired");
    assertRefused(new FindingDetails(VisitArea.TOOLS, null, "text"), "visits.findingAreaRequired");
  }

  @Test
  void needsATextOfAtMost4000Characters() {
    assertRefused(
        new FindingDetails(VisitArea.TOOLS, Severity.LOW, ""), "visits.findingTextRequired");
    assertRefused(
        new FindingDetails(VisitArea.TOOLS, Severity.LOW, " \t\n "), "visits.findingTextRequired");
    assertRefused(
        new FindingDetails(VisitArea.TOOLS, Severity.LOW, null), "visits.findingTextRequired");
    assertThat(new FindingDetails(VisitArea.TOOLS, Severity.LOW, "x".repeat(4000)).validated())
        .isNotNull();
    assertThatThrownBy(
            () -> new FindingDetails(VisitArea.TOOLS, Severity.LOW, "x".repeat(4001)).validated())
        .hasMessage("visits.findingTooLong")
        .satisfies(e -> assertThat(((RuleViolation) e).arguments()).containsExactly(4000));
  }

  @Test
  void visitTextsStripAndLimitNotesAndRequiredTexts() {
    assertThat(VisitTexts.notes(null)).isEmpty();
    assertThat(VisitTexts.notes("  seen  ")).isEqualTo("seen");
    assertThat(VisitTexts.notes("x".repeat(20_000))).hasSize(20_000);
    assertThatThrownBy(() -> VisitTexts.notes("x".repeat(20_001)))
        .hasMessage("visits.notesTooLong");
    assertThat(VisitTexts.required(" Tour ", 10, "visits.agenda")).isEqualTo("Tour");
    assertThatThrownBy(() -> VisitTexts.required("  ", 10, "visits.agenda"))
        .hasMessage("visits.agendaRequired");
    assertThatThrownBy(() -> VisitTexts.required("x".repeat(11), 10, "visits.agenda"))
        .hasMessage("visits.agendaTooLong")
        .satisfies(e -> assertThat(((RuleViolation) e).arguments()).containsExactly(10));
  }

  private static void assertRefused(FindingDetails details, String key) {
    assertThatThrownBy(details::validated)
        .isInstanceOf(RuleViolation.class)
        .satisfies(e -> assertThat(((RuleViolation) e).key()).isEqualTo(key));
  }
}
