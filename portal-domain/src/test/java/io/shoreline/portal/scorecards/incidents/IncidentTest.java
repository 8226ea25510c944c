package io.shoreline.portal.scorecards.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shoreline.portal.platform.RuleViolation;
import io.shoreline.portal.tenancy.OrganizationKind;
import java.time.Instant;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * An incident's life: open until service is restored, resolved, closed when both sides agreed with
 * a root cause named, and never changed after that.
 */
class IncidentTest {

  private static final Instant START = Instant.parse("2027-03-01T08:00:00Z");
  private static final Instant END = Instant.parse("2027-03-01T11:30:00Z");
  private static final Instant NOW = Instant.parse("2027-03-02T09:00:00Z");

  @Test
  void reportedWithoutAnEndItIsOpen() {
    Incident incident = reported(null);

    assertThat(incident.getStatus()).isEqualTo(IncidentStatus.OPEN);
    assertThat(incident.getEndedAt()).isNull();
    assertThat(incident.getRootCause()).isEmpty();
  }

  @Test
  void reportedAfterServiceWasRestoredItIsResolvedAtOnce() {
    Incident incident = reported(END);

    assertThat(incident.getStatus()).isEqualTo(IncidentStatus.RESOLVED);
    assertThat(incident.getEndedAt()).isEqualTo(END);
  }

  @Test
  void itCannotEndBeforeItStarted() {
    refused(() -> reported(START.minusSeconds(60)), "incidents.endBeforeStart");
    Incident incident = reported(null);
    refused(() -> incident.resolve(START.minusSeconds(1)), "incidents.endBeforeStart");
    incident.resolve(START); // restored the moment it failed: zero hours
    assertThat(incident.getStatus()).isEqualTo(IncidentStatus.RESOLVED);
  }

  @Test
  void bothSidesAgreeingWithARootCauseCloseIt() {
    Incident incident = reported(END);
    incident.explain("A carrier's trunk failed over to a line without capacity");

    incident.agreeToClose(OrganizationKind.CLIENT, 7, NOW);
    assertThat(incident.getStatus()).isEqualTo(IncidentStatus.RESOLVED);
    assertThat(incident.hasAgreed(OrganizationKind.CLIENT)).isTrue();
    assertThat(incident.hasAgreed(OrganizationKind.VENDOR)).isFalse();
    refused(
        () -> incident.agreeToClose(OrganizationKind.CLIENT, 8, NOW), "incidents.agreedAlready");

    incident.agreeToClose(OrganizationKind.VENDOR, 9, NOW.plusSeconds(60));
    assertThat(incident.getStatus()).isEqualTo(IncidentStatus.CLOSED);
    assertThat(incident.getClosedAt()).isEqualTo(NOW.plusSeconds(60));
    assertThat(incident.getClientClosedBy()).isEqualTo(7);
    assertThat(incident.getVendorClosedBy()).isEqualTo(9);
  }

  @Test
  void itClosesOnlyOnceResolvedAndExplained() {
    Incident open = reported(null);
    open.explain("Known");
    refused(() -> open.agreeToClose(OrganizationKind.VENDOR, 9, NOW), "incidents.notResolved");

    Incident unexplained = reported(END);
    refused(
        () -> unexplained.agreeToClose(OrganizationKind.VENDOR, 9, NOW),
        "incidents.rootCauseFirst");
  }

  @Test
  void aClosedIncidentNeverChanges() {
    Incident incident = reported(END);
    incident.explain("Cause");
    incident.agreeToClose(OrganizationKind.CLIENT, 7, NOW);
    incident.agreeToClose(OrganizationKind.VENDOR, 9, NOW);

    refused(() -> incident.change(details(START)), "incidents.closed");
    refused(() -> incident.explain("Another cause"), "incidents.closed");
    refused(incident::reopen, "incidents.closed");
    refused(() -> incident.resolve(END), "incidents.closed");
    refused(incident::requireNotClosed, "incidents.closed");
    assertThat(incident.getRootCause()).isEqualTo("Cause");
  }

  @Test
  void changingWhatItSaysWithdrawsTheAgreementsGiven() {
    Incident incident = reported(END);
    incident.explain("Cause");
    incident.agreeToClose(OrganizationKind.CLIENT, 7, NOW);

    incident.explain("The real cause");

    assertThat(incident.hasAgreed(OrganizationKind.CLIENT)).isFalse();
    assertThat(incident.getClientClosedAt()).isNull();
    incident.agreeToClose(OrganizationKind.VENDOR, 9, NOW);
    assertThat(incident.getStatus()).isEqualTo(IncidentStatus.RESOLVED);
  }

  @Test
  void reopeningWithdrawsTheEndAndTheAgreements() {
    Incident incident = reported(END);
    incident.explain("Cause");
    incident.agreeToClose(OrganizationKind.VENDOR, 9, NOW);

    incident.reopen();

    assertThat(incident.getStatus()).isEqualTo(IncidentStatus.OPEN);
    assertThat(incident.getEndedAt()).isNull();
    assertThat(incident.hasAgreed(OrganizationKind.VENDOR)).isFalse();
    refused(incident::reopen, "incidents.notResolved");
    incident.resolve(END.plusSeconds(3600));
    refused(() -> incident.resolve(END), "incidents.resolvedAlready");
  }

  @Test
  void aCorrectedStartMayNotComeAfterTheEnd() {
    Incident incident = reported(END);

    refused(() -> incident.change(details(END.plusSeconds(1))), "incidents.endBeforeStart");
    assertThat(incident.getStartedAt()).isEqualTo(START);
  }

  private static Incident reported(Instant endedAt) {
    return new Incident(details(START), endedAt, 3, 7, NOW);
  }

  private static IncidentDetails details(Instant start) {
    return new IncidentDetails(
        "Calls dropped at Casablanca",
        Severity.SEV2,
        IncidentCategory.TELEPHONY,
        start,
        420,
        "Callers heard silence, then a busy tone");
  }

  private static void refused(ThrowingCallable call, String key) {
    assertThatThrownBy(call).isInstanceOf(RuleViolation.class).hasMessage(key);
  }
}
