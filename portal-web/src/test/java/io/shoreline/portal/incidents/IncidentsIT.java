package io.shoreline.portal.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.shoreline.portal.identity.Accounts;
import io.shoreline.portal.platform.ChangedMeanwhileException;
import io.shoreline.portal.platform.NoSuchRecordException;
import io.shoreline.portal.platform.NotAllowedException;
import io.shoreline.portal.platform.RuleViolation;
import io.shoreline.portal.scorecards.incidents.Incident;
import io.shoreline.portal.scorecards.incidents.IncidentCategory;
import io.shoreline.portal.scorecards.incidents.IncidentClosure;
import io.shoreline.portal.scorecards.incidents.IncidentDetails;
import io.shoreline.portal.scorecards.incidents.IncidentFilter;
import io.shoreline.portal.scorecards.incidents.IncidentStatus;
import io.shoreline.portal.scorecards.incidents.Incidents;
import io.shoreline.portal.scorecards.incidents.Severity;
import io.shoreline.portal.scorecards.incidents.TimelineEntry;
import io.shoreline.portal.tenancy.Partnership;
import io.shoreline.portal.tenancy.WorkspaceRole;
import io.shoreline.portal.tenancy.isolation.TenantAccess;
import io.shoreline.portal.testing.AtOnce;
import io.shoreline.portal.testing.ClientsAndVendor;
import io.shoreline.portal.testing.DatabaseFingerprint;
import io.shoreline.portal.testing.Mailbox;
import io.shoreline.portal.threads.DailyDigest;
import io.shoreline.portal.threads.Notification;
import io.shoreline.portal.threads.Notifications;
import io.shoreline.portal.visits.ActionItem;
import io.shoreline.portal.visits.ActionItems;
import io.shoreline.portal.visits.ActionRow;
import io.shoreline.portal.visits.NewActionItem;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Incidents inside the server, with fresh tenants per test: client A and vendor V share A–V, where
 * Alice (A) and Victor (V) coordinate, Vera coordinates for V too and Carla (A) contributes; client
 * B shares B–V, where Bob coordinates and Victor only views.
 */
@ExtendWith(ArquillianExtension.class)
class IncidentsIT {

  private static final List<String> TABLES = List.of("incident", "action_item", "notification");
  private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MICROS);
  private static final Instant STARTED = NOW.minus(Duration.ofHours(5));
  private static final Instant RESTORED = NOW.minus(Duration.ofHours(2));

  @Inject ClientsAndVendor clientsAndVendor;
  @Inject Accounts accounts;
  @Inject TenantAccess access;
  @Inject Incidents incidents;
  @Inject IncidentClosure closure;
  @Inject ActionItems actionItems;
  @Inject Notifications notifications;
  @Inject DailyDigest digest;

  @Resource(lookup = "java:app/jdbc/portal")
  DataSource database;

  @Resource(lookup = "java:comp/DefaultManagedExecutorService")
  ManagedExecutorService executor;

  private String alice;
  private String victor;
  private String bob;
  private String vera;
  private String carla;
  private Partnership av;
  private Partnership bv;

  @BeforeEach
  void tenants() {
    ClientsAndVendor.Fixture tenants = clientsAndVendor.create(WorkspaceRole.COORDINATOR);
    alice = tenants.alice();
    victor = tenants.victor();
    bob = tenants.bob();
    av = tenants.av();
    bv = tenants.bv();
    vera = clientsAndVendor.addMember(av, av.getVendor(), "vera", WorkspaceRole.COORDINATOR);
    carla = clientsAndVendor.addMember(av, av.getClient(), "carla", WorkspaceRole.CONTRIBUTOR);
  }

  @Test
  void anIncidentTheVendorReportsIsResolvedExplainedAndClosedByBothSides() throws SQLException {
    Incident reported = report(victor, null);
    assertThat(reported.getStatus()).isEqualTo(IncidentStatus.OPEN);
    assertThat(reported.getReportedOrgId()).isEqualTo(av.getVendor().getId());
    assertThat(reported.getRootCause()).isEmpty();

    access.openWorkspace(av.getId(), carla); // a contributor of the other side writes the timeline
    incidents.addEntry(reported.getId(), STARTED.plus(Duration.ofMinutes(20)), "Stores call us");
    access.openWorkspace(av.getId(), victor);
    incidents.addEntry(reported.getId(), STARTED.plus(Duration.ofMinutes(5)), "Trunk alarm");
    Incident explained =
        incidents.explain(reported.getId(), reported.getVersion(), " Carrier trunk failover ");
    Incident resolved = closure.resolve(reported.getId(), explained.getVersion(), RESTORED);
    assertThat(resolved.getStatus()).isEqualTo(IncidentStatus.RESOLVED);
    assertThat(resolved.getEndedAt()).isEqualTo(RESTORED);
    assertThat(incidents.entries(reported.getId(), 0, 10))
        .extracting(row -> row.entry().getText(), TimelineEntry::getAuthorName)
        .containsExactly(tuple("Trunk alarm", victor), tuple("Stores call us", carla));

    access.openWorkspace(av.getId(), alice);
    Incident clientAgreed = closure.agreeToClose(reported.getId(), resolved.getVersion());
    assertThat(clientAgreed.getStatus()).isEqualTo(IncidentStatus.RESOLVED);
    assertThat(clientAgreed.getClientClosedBy()).isEqualTo(id(alice));
    assertThat(incidents.countUnclosed()).isEqualTo(1);

    access.openWorkspace(av.getId(), victor);
    Incident closed = closure.agreeToClose(reported.getId(), clientAgreed.getVersion());
    assertThat(closed.getStatus()).isEqualTo(IncidentStatus.CLOSED);
    assertThat(closed.getVendorClosedBy()).isEqualTo(id(victor));
    assertThat(closed.getClosedAt()).isNotNull();
    assertThat(closed.getRootCause()).isEqualTo("Carrier trunk failover");
    assertThat(incidents.countUnclosed()).isZero();
    assertThat(incidents.unclosed(5)).isEmpty();
    assertThat(incidents.page(IncidentFilter.CLOSED, 0, 10))
        .extracting(Incident::getId)
        .containsExactly(reported.getId());
    assertThat(row("SELECT status, root_cause FROM incident WHERE id = " + reported.getId()))
        .isEqualTo("CLOSED Carrier trunk failover");
  }

  @Test
  void onlyAResolvedIncidentWithARootCauseIsClosedAndOnlyByCoordinators() throws SQLException {
    Incident open = report(alice, null);
    access.openWorkspace(av.getId(), victor);
    Map<String, String> before = fingerprint();
    refused(() -> closure.agreeToClose(open.getId(), open.getVersion()), "incidents.notResolved");
    Incident resolved = report(alice, RESTORED); // service was restored before it was reported
    assertThat(resolved.getStatus()).isEqualTo(IncidentStatus.RESOLVED);
    Map<String, String> withResolved = fingerprint();
    access.openWorkspace(av.getId(), victor);
    refused(
        () -> closure.agreeToClose(resolved.getId(), resolved.getVersion()),
        "incidents.rootCauseFirst");
    access.openWorkspace(av.getId(), carla); // may write, but does not coordinate
    assertThatThrownBy(() -> closure.agreeToClose(resolved.getId(), resolved.getVersion()))
        .isInstanceOf(NotAllowedException.class);
    assertThat(fingerprint()).isEqualTo(withResolved).isNotEqualTo(before);

    Incident explained = incidents.explain(resolved.getId(), resolved.getVersion(), "Cause");
    access.openWorkspace(av.getId(), alice);
    Incident agreed = closure.agreeToClose(resolved.getId(), explained.getVersion());
    refused(
        () -> closure.agreeToClose(resolved.getId(), agreed.getVersion()),
        "incidents.agreedAlready");
  }

  @Test
  void aClosedIncidentRefusesEveryChange() throws SQLException {
    Incident closed = closedIncident();
    long id = closed.getId();
    long version = closed.getVersion();
    access.openWorkspace(av.getId(), alice);
    Map<String, String> before = fingerprint();

    refused(() -> incidents.change(id, version, details("Renamed")), "incidents.closed");
    refused(() -> incidents.explain(id, version, "Another cause"), "incidents.closed");
    refused(() -> incidents.addEntry(id, NOW, "Late note"), "incidents.closed");
    refused(() -> incidents.addCorrectiveAction(id, action(alice)), "incidents.closed");
    refused(() -> closure.resolve(id, version, NOW), "incidents.closed");
    refused(() -> closure.reopen(id, version, "It failed again"), "incidents.closed");
    refused(() -> closure.agreeToClose(id, version), "incidents.closed");

    assertThat(fingerprint()).isEqualTo(before);
    assertThat(incidents.find(id).getTitle()).isEqualTo("Calls dropped at Casablanca");
  }

  @Test
  void badInputIsRefusedWithAClearReasonAndChangesNothing() throws SQLException {
    Incident open = report(alice, null);
    long id = open.getId();
    long version = open.getVersion();
    String viewer = clientsAndVendor.addMember(av, av.getClient(), "viewer", WorkspaceRole.VIEWER);
    access.openWorkspace(av.getId(), alice);
    Map<String, String> before = fingerprint();

    refused(() -> incidents.report(details(" "), null), "incidents.titleRequired");
    refused(() -> incidents.report(started(NOW.plusSeconds(600)), null), "incidents.startInFuture");
    refused(() -> incidents.report(calls(-1), null), "incidents.callsNegative");
    refused(
        () -> incidents.report(details("Late"), STARTED.minusSeconds(60)),
        "incidents.endBeforeStart");
    refused(() -> incidents.report(details("Late"), NOW.plusSeconds(600)), "incidents.endInFuture");
    refused(
        () ->
            incidents.change(
                id,
                version,
                new IncidentDetails("T", Severity.SEV1, IncidentCategory.DATA, STARTED, 1, " ")),
        "incidents.impactRequired");
    refused(() -> incidents.change(id, version, calls(-5)), "incidents.callsNegative");
    refused(() -> incidents.explain(id, version, "  "), "incidents.rootCauseRequired");
    refused(() -> incidents.explain(id, version, "x".repeat(4001)), "incidents.rootCauseTooLong");
    refused(() -> incidents.addEntry(id, NOW, " "), "incidents.entryRequired");
    refused(() -> incidents.addEntry(id, null, "When?"), "incidents.happenedRequired");
    refused(
        () -> incidents.addEntry(id, NOW.plusSeconds(600), "Tomorrow"),
        "incidents.happenedInFuture");
    refused(() -> closure.resolve(id, version, null), "incidents.endRequired");
    refused(
        () -> closure.resolve(id, version, STARTED.minusSeconds(1)), "incidents.endBeforeStart");
    refused(() -> closure.resolve(id, version, NOW.plusSeconds(600)), "incidents.endInFuture");
    refused(() -> closure.reopen(id, version, "Still down"), "incidents.notResolved");
    refused( // a viewer could not act on it
        () -> incidents.addCorrectiveAction(id, action(viewer)), "actions.ownerNotMember");
    refused(() -> incidents.addCorrectiveAction(id, action(bob)), "actions.ownerNotMember");
    refused(
        () -> incidents.addCorrectiveAction(id, new NewActionItem(null, "Fix", id(alice), null)),
        "actions.dueRequired");

    assertThat(fingerprint()).isEqualTo(before);
  }

  @Test
  void reopeningWritesWhyOnTheTimelineAndWithdrawsTheEndAndTheAgreements() {
    Incident resolved = report(victor, RESTORED);
    resolved = incidents.explain(resolved.getId(), resolved.getVersion(), "Cause");
    resolved = closure.agreeToClose(resolved.getId(), resolved.getVersion());
    assertThat(resolved.getVendorClosedBy()).isNotNull();

    access.openWorkspace(av.getId(), carla);
    Incident reopened = closure.reopen(resolved.getId(), resolved.getVersion(), "Down again");

    assertThat(reopened.getStatus()).isEqualTo(IncidentStatus.OPEN);
    assertThat(reopened.getEndedAt()).isNull();
    assertThat(reopened.getVendorClosedBy()).isNull();
    assertThat(incidents.entries(resolved.getId(), 0, 10))
        .extracting(row -> row.entry().getText(), TimelineEntry::getAuthorName)
        .containsExactly(tuple("Down again", carla));
  }

  @Test
  void aChangeMadeOnAStaleVersionIsRefused() throws Exception {
    Incident open = report(alice, null);
    access.openWorkspace(av.getId(), victor);
    Incident changed = incidents.change(open.getId(), open.getVersion(), details("Renamed"));
    access.openWorkspace(av.getId(), alice);
    Map<String, String> before = fingerprint();

    for (ThrowingCallable stale :
        List.<ThrowingCallable>of(
            () -> incidents.change(open.getId(), open.getVersion(), details("Mine")),
            () -> incidents.explain(open.getId(), open.getVersion(), "Cause"),
            () -> closure.resolve(open.getId(), open.getVersion(), RESTORED))) {
      assertThatThrownBy(stale).isInstanceOf(ChangedMeanwhileException.class);
    }
    assertThat(fingerprint()).isEqualTo(before);
    assertThat(incidents.find(open.getId()).getTitle()).isEqualTo("Renamed");

    // both sides correcting it at the same moment, as they saw it: one wins, one is told
    List<Object> outcomes =
        AtOnce.run(
            executor,
            av.getId(),
            List.of(alice, victor),
            List.of(
                () -> incidents.change(open.getId(), changed.getVersion(), details("By Alice")),
                () -> incidents.explain(open.getId(), changed.getVersion(), "By Victor")));
    assertThat(outcomes).filteredOn(Incident.class::isInstance).hasSize(1);
    assertThat(outcomes).filteredOn(ChangedMeanwhileException.class::isInstance).hasSize(1);
  }

  @Test
  void anotherWorkspaceFindsNoneOfItsIncidents() {
    Incident open = report(alice, null);
    Incident resolved = report(alice, RESTORED);
    long id = open.getId();
    long version = open.getVersion();

    access.openWorkspace(bv.getId(), bob);
    assertThat(incidents.page(IncidentFilter.ALL, 0, 50)).isEmpty();
    assertThat(incidents.count(IncidentFilter.ALL)).isZero();
    assertThat(incidents.countUnclosed()).isZero();
    for (ThrowingCallable reach :
        List.<ThrowingCallable>of(
            () -> incidents.find(id),
            () -> incidents.entries(id, 0, 10),
            () -> incidents.countEntries(id),
            () -> incidents.correctiveActions(id),
            () -> incidents.change(id, version, details("Forged")),
            () -> incidents.explain(id, version, "Forged"),
            () -> incidents.addEntry(id, NOW, "Forged"),
            () -> incidents.addCorrectiveAction(id, action(bob)),
            () -> closure.resolve(id, version, RESTORED),
            () -> closure.agreeToClose(resolved.getId(), resolved.getVersion()),
            () -> closure.reopen(resolved.getId(), resolved.getVersion(), "Forged"))) {
      assertThatThrownBy(reach).isInstanceOf(NoSuchRecordException.class);
    }
  }

  @Test
  void aViewerReadsButCannotReportOrChange() {
    Incident inBv = report(bob, null, bv);
    access.openWorkspace(bv.getId(), victor); // a viewer of B–V
    assertThat(incidents.find(inBv.getId()).getTitle()).isEqualTo("Calls dropped at Casablanca");

    assertThatThrownBy(() -> incidents.report(details("Viewer's"), null))
        .isInstanceOf(NotAllowedException.class);
    assertThatThrownBy(() -> incidents.addEntry(inBv.getId(), NOW, "Viewer's"))
        .isInstanceOf(NotAllowedException.class);
    assertThatThrownBy(() -> incidents.change(inBv.getId(), inBv.getVersion(), details("V")))
        .isInstanceOf(NotAllowedException.class);
  }

  @Test
  void coordinatorsAreToldWhenItIsReportedResolvedAgreedAndClosed() {
    Incident incident = report(victor, null); // V's coordinator: A's coordinators are told
    assertThat(incidentNotices(alice)).containsExactly("SEV2 · Calls dropped at Casablanca");
    assertThat(incidentNotices(vera)).isEmpty();
    assertThat(incidentNotices(carla)).isEmpty(); // no coordinator

    access.openWorkspace(av.getId(), victor);
    incident = incidents.explain(incident.getId(), incident.getVersion(), "Cause");
    incident = closure.resolve(incident.getId(), incident.getVersion(), RESTORED);
    assertThat(incidentNotices(alice)).hasSize(2);
    assertThat(incidentNotices(vera)).hasSize(1);
    assertThat(incidentNotices(victor)).isEmpty(); // never who took the step

    access.openWorkspace(av.getId(), alice);
    incident = closure.agreeToClose(incident.getId(), incident.getVersion());
    assertThat(incidentNotices(vera)).hasSize(2); // the vendor's side must act now
    assertThat(incidentNotices(victor)).hasSize(1);

    access.openWorkspace(av.getId(), vera);
    closure.agreeToClose(incident.getId(), incident.getVersion());
    assertThat(incidentNotices(alice)).hasSize(3);
    assertThat(incidentNotices(victor)).hasSize(2);
    assertThat(incidentNotices(vera)).hasSize(2);
    assertThat(incidentNotices(carla)).isEmpty();
    access.openOrganization(alice);
    assertThat(notifications.page(0, 10))
        .extracting(Notification::getSubjectId, Notification::getWorkspaceId)
        .containsOnly(tuple(incident.getId(), av.getId()));
  }

  @Test
  void theDailyDigestNamesTheIncidentAndLinksToIt() throws Exception {
    accounts.changeDailyDigest(alice, true);
    Incident incident = report(victor, null);

    try (Mailbox mailbox = Mailbox.start()) {
      digest.sendAll();
      assertThat(Mailbox.text(mailbox.mailTo(alice)))
          .contains(
              victor + " moved the incident \"SEV2 · Calls dropped at Casablanca\" on",
              "/app/incident.xhtml?w=" + av.getId() + "&id=" + incident.getId());
    }
  }

  @Test
  void aCorrectiveActionOfEitherSideLinksBackToTheIncident() {
    Incident incident = report(victor, null);
    access.openWorkspace(av.getId(), alice);

    ActionItem action = incidents.addCorrectiveAction(incident.getId(), action(victor));

    assertThat(action.getIncidentId()).isEqualTo(incident.getId());
    assertThat(action.getVisitId()).isNull();
    assertThat(action.getOriginLabel()).isEqualTo(incident.getTitle());
    assertThat(actionItems.find(action.getId()).getOwnerId()).isEqualTo(id(victor));
    assertThat(incidents.correctiveActions(incident.getId()))
        .extracting(row -> row.item().getTitle(), ActionRow::getOwnerName)
        .containsExactly(tuple("Add a second carrier", victor));
    access.openOrganization(victor);
    assertThat(notifications.page(0, 10))
        .extracting(Notification::getKind, Notification::getActionItemId)
        .contains(tuple(Notification.Kind.ACTION_ASSIGNED, action.getId()));
  }

  @Test
  void theListShowsOpenIncidentsFirstAndTheHomeTheWorstFirst() {
    Incident older = report(alice, null, av, Severity.SEV3, STARTED.minus(Duration.ofDays(2)));
    Incident resolved = report(alice, RESTORED, av, Severity.SEV1, STARTED);
    Incident newer = report(alice, null, av, Severity.SEV2, STARTED.minus(Duration.ofHours(1)));

    assertThat(incidents.page(IncidentFilter.ALL, 0, 10))
        .extracting(Incident::getId)
        .containsExactly(newer.getId(), older.getId(), resolved.getId());
    assertThat(incidents.page(IncidentFilter.ALL, 1, 2))
        .extracting(Incident::getId)
        .containsExactly(older.getId(), resolved.getId());
    assertThat(incidents.page(IncidentFilter.ALL, 2, 5))
        .extracting(Incident::getId)
        .containsExactly(resolved.getId());
    assertThat(incidents.page(IncidentFilter.OPEN, 0, 10)).hasSize(2);
    assertThat(incidents.count(IncidentFilter.RESOLVED)).isEqualTo(1);
    assertThat(incidents.unclosed(2))
        .extracting(Incident::getSeverity)
        .containsExactly(Severity.SEV1, Severity.SEV2);
    assertThat(incidents.countUnclosed()).isEqualTo(3);
  }

  /** Reported, explained, and closed by Alice and Victor. */
  private Incident closedIncident() {
    Incident incident = report(victor, RESTORED);
    incident = incidents.explain(incident.getId(), incident.getVersion(), "Cause");
    incident = closure.agreeToClose(incident.getId(), incident.getVersion());
    access.openWorkspace(av.getId(), alice);
    return closure.agreeToClose(incident.getId(), incident.getVersion());
  }

  private Incident report(String person, Instant endedAt) {
    return report(person, endedAt, av);
  }

  private Incident report(String person, Instant endedAt, Partnership workspace) {
    return report(person, endedAt, workspace, Severity.SEV2, STARTED);
  }

  private Incident report(
      String person, Instant endedAt, Partnership workspace, Severity severity, Instant start) {
    access.openWorkspace(workspace.getId(), person);
    return incidents.report(
        new IncidentDetails(
            "Calls dropped at Casablanca",
            severity,
            IncidentCategory.TELEPHONY,
            start,
            420,
            "Callers heard silence"),
        endedAt);
  }

  private static IncidentDetails details(String title) {
    return new IncidentDetails(
        title, Severity.SEV2, IncidentCategory.TELEPHONY, STARTED, 420, "Callers heard silence");
  }

  private static IncidentDetails started(Instant start) {
    return new IncidentDetails("T", Severity.SEV2, IncidentCategory.TOOLS, start, 1, "Impact");
  }

  private static IncidentDetails calls(int calls) {
    return new IncidentDetails("T", Severity.SEV2, IncidentCategory.TOOLS, STARTED, calls, "I");
  }

  private NewActionItem action(String owner) {
    return new NewActionItem(null, "Add a second carrier", id(owner), LocalDate.now().plusDays(14));
  }

  /** The subjects of a person's incident notifications, newest first. */
  private List<String> incidentNotices(String person) {
    access.openOrganization(person);
    return notifications.page(0, 50).stream()
        .filter(notice -> notice.getKind() == Notification.Kind.INCIDENT)
        .map(Notification::getSubject)
        .toList();
  }

  private long id(String email) {
    return accounts.findByEmail(email).orElseThrow().getId();
  }

  private static void refused(ThrowingCallable call, String key) {
    assertThatThrownBy(call).isInstanceOf(RuleViolation.class).hasMessage(key);
  }

  private Map<String, String> fingerprint() throws SQLException {
    Map<String, String> fingerprint = new LinkedHashMap<>(DatabaseFingerprint.of(database));
    for (String table : TABLES) {
      fingerprint.put(
          table, row("SELECT COUNT(*), COALESCE(SUM(version), 0), MAX(id) FROM " + table));
    }
    fingerprint.put("incident_entry", row("SELECT COUNT(*), MAX(id) FROM incident_entry"));
    return fingerprint;
  }

  private String row(String sql) throws SQLException {
    return DatabaseFingerprint.row(database, sql);
  }
}
