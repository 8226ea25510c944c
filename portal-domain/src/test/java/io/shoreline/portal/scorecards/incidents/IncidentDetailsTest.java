package io.shoreline.portal.scorecards.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shoreline.portal.platform.RuleViolation;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What a report must say, each gap or excess named by its own message. */
class IncidentDetailsTest {

  private static final Instant NOW = Instant.parse("2027-03-02T09:00:00Z");
  private static final Instant START = NOW.minusSeconds(3600);

  @Test
  void completeDetailsAreKeptStripped() {
    IncidentDetails valid =
        new IncidentDetails(
                "  Tool down ", Severity.SEV3, IncidentCategory.TOOLS, START, null, " CRM slow ")
            .validated(NOW);

    assertThat(valid.title()).isEqualTo("Tool down");
    assertThat(valid.impact()).isEqualTo("CRM slow");
    assertThat(valid.callsAffected()).isNull(); // not known yet
  }

  @Test
  void eachMissingOrWrongPartIsNamed() {
    refused(details(" ", Severity.SEV1, IncidentCategory.DATA, START, 0, "x"), "titleRequired");
    refused(
        details("x".repeat(201), Severity.SEV1, IncidentCategory.DATA, START, 0, "x"),
        "titleTooLong");
    refused(details("t", null, IncidentCategory.DATA, START, 0, "x"), "severityRequired");
    refused(details("t", Severity.SEV1, null, START, 0, "x"), "categoryRequired");
    refused(details("t", Severity.SEV1, IncidentCategory.DATA, null, 0, "x"), "startRequired");
    refused(
        details("t", Severity.SEV1, IncidentCategory.DATA, NOW.plusSeconds(60), 0, "x"),
        "startInFuture");
    refused(details("t", Severity.SEV1, IncidentCategory.DATA, START, -1, "x"), "callsNegative");
    refused(details("t", Severity.SEV1, IncidentCategory.DATA, START, 0, ""), "impactRequired");
    refused(
        details("t", Severity.SEV1, IncidentCategory.DATA, START, 0, "x".repeat(4001)),
        "impactTooLong");
  }

  @Test
  void freeTextsAreRequiredOrNotAndBounded() {
    assertThat(IncidentDetails.text("  why ", true, "incidents.rootCause")).isEqualTo("why");
    assertThatThrownBy(() -> IncidentDetails.text(null, true, "incidents.rootCause"))
        .hasMessage("incidents.rootCauseRequired");
    assertThatThrownBy(() -> IncidentDetails.text("x".repeat(4001), true, "incidents.entry"))
        .isInstanceOfSatisfying(
            RuleViolation.class, rule -> assertThat(rule.arguments()).containsExactly(4000))
        .hasMessage("incidents.entryTooLong");
  }

  private static IncidentDetails details(
      String title,
      Severity severity,
      IncidentCategory category,
      Instant start,
      Integer calls,
      String impact) {
    return new IncidentDetails(title, severity, category, start, calls, impact);
  }

  private static void refused(IncidentDetails details, String rule) {
    assertThatThrownBy(() -> details.validated(NOW))
        .isInstanceOf(RuleViolation.class)
        .hasMessage("incidents." + rule);
  }
}
