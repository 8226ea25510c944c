package io.shoreline.portal.exchanges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.shoreline.portal.identity.Account;
import io.shoreline.portal.identity.Accounts;
import io.shoreline.portal.identity.OrgRole;
import io.shoreline.portal.platform.NoSuchRecordException;
import io.shoreline.portal.platform.NotAllowedException;
import io.shoreline.portal.platform.RuleViolation;
import io.shoreline.portal.roster.Agent;
import io.shoreline.portal.roster.AgentDetails;
import io.shoreline.portal.roster.Roster;
import io.shoreline.portal.sites.SiteDetails;
import io.shoreline.portal.sites.Sites;
import io.shoreline.portal.tenancy.Memberships;
import io.shoreline.portal.tenancy.Organization;
import io.shoreline.portal.tenancy.Partnership;
import io.shoreline.portal.tenancy.WorkspaceRole;
import io.shoreline.portal.tenancy.isolation.NoSuchWorkspaceException;
import io.shoreline.portal.tenancy.isolation.TenantAccess;
import io.shoreline.portal.testing.AtOnce;
import io.shoreline.portal.testing.ClientsAndVendor;
import io.shoreline.portal.testing.DatabaseFingerprint;
import io.shoreline.portal.threads.Notification;
import io.shoreline.portal.threads.Notifications;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
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
 * Exchange programmes and proposals inside the server, with fresh tenants per test: client A and
 * vendor V share A–V; client B shares B–V with V. The vendor's Casablanca site and client A's Paris
 * site host; V's agents Yasmine and Omar and A's agent Julie travel.
 */
@ExtendWith(ArquillianExtension.class)
class ExchangesIT {

  private static final List<String> TABLES =
      List.of("exchange_programme", "exchange_host_site", "exchange_proposal", "exchange_stay");

  @Inject ClientsAndVendor clientsAndVendor;
  @Inject Accounts accounts;
  @Inject Memberships memberships;
  @Inject TenantAccess access;
  @Inject Sites sites;
  @Inject Roster roster;
  @Inject Programmes programmes;
  @Inject Proposals proposals;
  @Inject Acceptances acceptances;
  @Inject Notifications notifications;

  @Resource(lookup = "java:app/jdbc/portal")
  DataSource database;

  @Resource(lookup = "java:comp/DefaultManagedExecutorService")
  ManagedExecutorService executor;

  private String alice; // client A admin, coordinator of A–V
  private String victor; // vendor V admin, coordinator of A–V, viewer of B–V
  private String bob; // client B admin, coordinator of B–V
  private Partnership av;
  private Partnership bv;
  private long casablanca;
  private long rabat;
  private long paris;
  private long lyon;
  private long yasmine;
  private long omar;
  private long julie;
  private long marc;

  @BeforeEach
  void tenantsSitesAndAgents() {
    ClientsAndVendor.Fixture tenants = clientsAndVendor.create(WorkspaceRole.COORDINATOR);
    alice = tenants.alice();
    victor = tenants.victor();
    bob = tenants.bob();
    av = tenants.av();
    bv = tenants.bv();
    access.openOrganization(victor);
    casablanca = site("Casablanca", "MA", "Africa/Casablanca");
    rabat = site("Rabat", "MA", "Africa/Casablanca");
    yasmine = agent(casablanca, "Yasmine Alaoui");
    omar = agent(casablanca, "Omar Benali");
    access.openOrganization(alice);
    paris = site("Paris", "FR", "Europe/Paris");
    julie = agent(paris, "Julie Martin");
    access.openOrganization(bob);
    lyon = site("Lyon", "FR", "Europe/Paris");
    marc = agent(lyon, "Marc Petit");
  }

  @Test
  void aSwapProposedByTheVendorIsAcceptedByTheClientAndBooksBothAgents() throws SQLException {
    ExchangeProgramme programme = programme(av, alice, false, Map.of(paris, 2, casablanca, 2));

    access.openWorkspace(av.getId(), victor);
    ExchangeProposal proposal =
        proposals.propose(
            new NewProposal(
                programme.getId(),
                yasmine,
                paris,
                at("2027-05-10T09:00"),
                at("2027-05-14T17:00"),
                casablanca,
                "Yasmine learns the Paris store rules"));
    assertThat(proposal.getStatus()).isEqualTo(ProposalStatus.PROPOSED);
    assertThat(proposal.getAnsweringOrgId()).isEqualTo(av.getClient().getId());

    access.openWorkspace(av.getId(), alice);
    assertThat(proposals.conflicts(proposal.getId())).isEmpty();
    ExchangeProposal accepted = acceptances.accept(proposal.getId(), proposal.getVersion(), julie);

    assertThat(accepted.getStatus()).isEqualTo(ProposalStatus.ACCEPTED);
    // each stay on its host's clock: 09:00 in Paris is 07:00 UTC in May, in Casablanca 08:00
    assertThat(proposals.stays(proposal.getId()))
        .extracting(
            ExchangeStay::getAgentName,
            ExchangeStay::getHostSiteName,
            ExchangeStay::getStartsAt,
            ExchangeStay::isAccepted)
        .containsExactlyInAnyOrder(
            tuple("Yasmine Alaoui", "Paris", Instant.parse("2027-05-10T07:00:00Z"), true),
            tuple("Julie Martin", "Casablanca", Instant.parse("2027-05-10T08:00:00Z"), true));
    assertThat(bookings(av.getVendor(), yasmine)).isEqualTo(1);
    assertThat(bookings(av.getClient(), julie)).isEqualTo(1);

    // Alice was told of the proposal; Victor, who proposed it, of its acceptance
    access.openOrganization(alice);
    assertThat(notifications.page(0, 10))
        .extracting(Notification::getKind, Notification::getSubjectId, Notification::getSubject)
        .containsExactly(
            tuple(
                Notification.Kind.EXCHANGE,
                proposal.getId(),
                "Yasmine Alaoui at Paris, 2027-05-10"));
    access.openOrganization(victor);
    assertThat(notifications.page(0, 10))
        .extracting(Notification::getKind, Notification::getSubject)
        .containsExactly(
            tuple(
                Notification.Kind.EXCHANGE,
                "Yasmine Alaoui at Paris / Julie Martin at Casablanca, 2027-05-10"));
  }

  @Test
  void aFullSiteRefusesTheAcceptanceUntilASeatIsFreed() throws SQLException {
    ExchangeProgramme programme = programme(av, alice, false, Map.of(paris, 1));
    ExchangeProposal first = propose(programme, omar, "2027-03-08T09:00", "2027-03-10T17:00");
    ExchangeProposal second = propose(programme, yasmine, "2027-03-10T09:00", "2027-03-12T17:00");
    access.openWorkspace(av.getId(), alice);
    acceptances.accept(first.getId(), first.getVersion(), null);

    Map<String, String> before = fingerprint();
    assertThatThrownBy(() -> acceptances.accept(second.getId(), second.getVersion(), null))
        .isInstanceOfSatisfying(
            ExchangeConflictException.class,
            refused ->
                assertThat(refused.conflicts())
                    .containsExactly(
                        Conflict.of(
                            ConflictKind.SITE_FULL,
                            LocalDate.parse("2027-03-10"),
                            1,
                            "Yasmine Alaoui",
                            "Paris")));
    assertThat(fingerprint()).isEqualTo(before);
    assertThat(proposals.conflicts(second.getId()))
        .extracting(Conflict::key)
        .containsExactly("exchanges.conflict.SITE_FULL");

    HostSite host = programmes.hostSites(programme.getId()).get(0);
    programmes.changeSeats(host.getId(), host.getVersion(), 2);
    assertThat(acceptances.accept(second.getId(), second.getVersion(), null).getStatus())
        .isEqualTo(ProposalStatus.ACCEPTED);
  }

  @Test
  void callingAnAcceptedExchangeOffFreesItsSeatAndItsAgent() throws SQLException {
    ExchangeProgramme programme = programme(av, alice, false, Map.of(paris, 1));
    ExchangeProposal first = propose(programme, omar, "2027-11-08T09:00", "2027-11-10T17:00");
    ExchangeProposal second = propose(programme, yasmine, "2027-11-09T09:00", "2027-11-11T17:00");
    access.openWorkspace(av.getId(), alice);
    ExchangeProposal accepted = acceptances.accept(first.getId(), first.getVersion(), null);
    assertThat(bookings(av.getVendor(), omar)).isEqualTo(1);

    Map<String, String> before = fingerprint();
    refused(
        () -> proposals.cancel(first.getId(), accepted.getVersion(), " "),
        "exchanges.reasonRequired");
    refused(
        () -> proposals.cancel(second.getId(), second.getVersion(), "Not yet accepted"),
        "exchanges.notAccepted");
    assertThat(fingerprint()).isEqualTo(before);

    access.openWorkspace(av.getId(), victor); // either side's coordinator
    ExchangeProposal cancelled =
        proposals.cancel(first.getId(), accepted.getVersion(), "Omar moves to the night shift");
    assertThat(cancelled.getStatus()).isEqualTo(ProposalStatus.CANCELLED);
    assertThat(bookings(av.getVendor(), omar)).isZero();
    assertThat(proposals.stays(first.getId()))
        .extracting(ExchangeStay::isAccepted)
        .containsOnly(false);
    access.openWorkspace(av.getId(), alice);
    assertThat(acceptances.accept(second.getId(), second.getVersion(), null).getStatus())
        .isEqualTo(ProposalStatus.ACCEPTED);
  }

  @Test
  void twoCoordinatorsAcceptingForTheLastSeatAtOnceFillItOnce() throws Exception {
    ExchangeProgramme programme = programme(av, alice, false, Map.of(paris, 1));
    ExchangeProposal first = propose(programme, omar, "2027-10-04T09:00", "2027-10-06T17:00");
    ExchangeProposal second = propose(programme, yasmine, "2027-10-05T09:00", "2027-10-07T17:00");
    String amir = member(av, av.getClient(), "amir", WorkspaceRole.COORDINATOR);

    List<Object> outcomes =
        AtOnce.run(
            executor,
            av.getId(),
            List.of(alice, amir),
            List.of(
                () -> acceptances.accept(first.getId(), first.getVersion(), null),
                () -> acceptances.accept(second.getId(), second.getVersion(), null)));

    assertThat(outcomes).filteredOn(ExchangeProposal.class::isInstance).hasSize(1);
    assertThat(outcomes)
        .filteredOn(ExchangeConflictException.class::isInstance)
        .singleElement()
        .satisfies(
            refused ->
                assertThat(((ExchangeConflictException) refused).conflicts())
                    .extracting(Conflict::kind)
                    .containsOnly(ConflictKind.SITE_FULL));
    assertThat(row("SELECT COUNT(*) FROM exchange_stay WHERE accepted AND host_site_id = " + paris))
        .isEqualTo("1");
  }

  @Test
  void anAgentAwayInAnotherWorkspaceOfTheirOrganizationCannotBeBookedTwice() throws Exception {
    ExchangeProgramme inAv = programme(av, alice, false, Map.of(paris, 3));
    ExchangeProposal inParis = propose(inAv, yasmine, "2027-04-05T09:00", "2027-04-09T17:00");
    access.openWorkspace(av.getId(), alice);
    acceptances.accept(inParis.getId(), inParis.getVersion(), null);

    String vince = member(bv, av.getVendor(), "vince", WorkspaceRole.COORDINATOR);
    ExchangeProgramme inBv = programme(bv, bob, false, Map.of(lyon, 3));
    access.openWorkspace(bv.getId(), vince);
    ExchangeProposal inLyon =
        proposals.propose(
            new NewProposal(
                inBv.getId(),
                yasmine,
                lyon,
                at("2027-04-09T09:00"),
                at("2027-04-10T17:00"),
                null,
                ""));
    access.openWorkspace(bv.getId(), bob);
    Map<String, String> before = fingerprint();
    assertThatThrownBy(() -> acceptances.accept(inLyon.getId(), inLyon.getVersion(), null))
        .isInstanceOfSatisfying(
            ExchangeConflictException.class,
            refused ->
                assertThat(refused.conflicts())
                    .extracting(Conflict::kind)
                    .containsExactly(ConflictKind.AGENT_BOOKED));
    assertThat(fingerprint()).isEqualTo(before);
  }

  @Test
  void theProposingSidesManagerApprovesWhereTheProgrammeAsksForIt() throws SQLException {
    ExchangeProgramme programme = programme(av, alice, true, Map.of(paris, 2));
    ExchangeProposal proposal = propose(programme, yasmine, "2027-05-03T09:00", "2027-05-04T17:00");

    access.openWorkspace(av.getId(), alice);
    ExchangeProposal accepted = acceptances.accept(proposal.getId(), proposal.getVersion(), null);
    assertThat(accepted.getStatus()).isEqualTo(ProposalStatus.AWAITING_APPROVAL);
    assertThat(bookings(av.getVendor(), yasmine)).isZero();
    assertThat(proposals.waitingForCaller(10)).isEmpty();
    // rosters stay private: Alice's agent picker knows her own agents, not the vendor's
    assertThat(roster.activeNamed("", 50))
        .extracting(Agent::getName)
        .containsExactly("Julie Martin");
    assertThatThrownBy(() -> acceptances.approve(proposal.getId(), accepted.getVersion()))
        .isInstanceOf(NotAllowedException.class);

    access.openWorkspace(av.getId(), victor); // V's admin: the proposing side's manager
    assertThat(proposals.waitingForCaller(10))
        .extracting(ExchangeProposal::getId)
        .containsExactly(proposal.getId());
    ExchangeProposal approved = acceptances.approve(proposal.getId(), accepted.getVersion());
    assertThat(approved.getStatus()).isEqualTo(ProposalStatus.ACCEPTED);
    assertThat(bookings(av.getVendor(), yasmine)).isEqualTo(1);
  }

  @Test
  void aCounterProposalMovesBothStaysAndTheProposingSideAcceptsIt() {
    ExchangeProgramme programme = programme(av, alice, false, Map.of(paris, 1, casablanca, 1));
    access.openWorkspace(av.getId(), victor);
    ExchangeProposal proposal =
        proposals.propose(
            new NewProposal(
                programme.getId(),
                yasmine,
                paris,
                at("2027-06-07T09:00"),
                at("2027-06-08T17:00"),
                casablanca,
                ""));

    access.openWorkspace(av.getId(), alice);
    ExchangeProposal countered =
        proposals.counter(
            proposal.getId(),
            proposal.getVersion(),
            at("2027-06-14T09:00"),
            at("2027-06-15T17:00"),
            "The week after suits our store",
            julie);
    assertThat(countered.getStatus()).isEqualTo(ProposalStatus.COUNTERED);
    assertThat(countered.getAnsweringOrgId()).isEqualTo(av.getVendor().getId());
    assertThatThrownBy(() -> acceptances.accept(proposal.getId(), countered.getVersion(), null))
        .isInstanceOf(NotAllowedException.class); // now the vendor answers

    access.openWorkspace(av.getId(), victor);
    ExchangeProposal accepted = acceptances.accept(proposal.getId(), countered.getVersion(), null);
    assertThat(accepted.getStatus()).isEqualTo(ProposalStatus.ACCEPTED);
    assertThat(proposals.stays(proposal.getId()))
        .extracting(ExchangeStay::getAgentName, ExchangeStay::getStartsAt)
        .containsExactlyInAnyOrder(
            tuple("Yasmine Alaoui", Instant.parse("2027-06-14T07:00:00Z")), // Paris, summer
            tuple("Julie Martin", Instant.parse("2027-06-14T08:00:00Z"))); // Casablanca
  }

  @Test
  void badInputIsRefusedWithAClearReasonAndChangesNothing() throws SQLException {
    ExchangeProgramme programme = programme(av, alice, false, Map.of(paris, 1, casablanca, 1));
    access.openWorkspace(av.getId(), victor);
    Map<String, String> before = fingerprint();
    refused(
        () -> proposals.propose(proposal(programme, yasmine, paris, "2027-02-10", "2027-02-09")),
        "exchanges.endBeforeStart");
    refused(
        () -> proposals.propose(proposal(programme, 999_999, paris, "2027-02-08", "2027-02-09")),
        "exchanges.unknownAgent");
    refused( // Julie is client A's agent: the vendor cannot propose her
        () -> proposals.propose(proposal(programme, julie, paris, "2027-02-08", "2027-02-09")),
        "exchanges.unknownAgent");
    refused( // a host site of the proposing side's own
        () ->
            proposals.propose(proposal(programme, yasmine, casablanca, "2027-02-08", "2027-02-09")),
        "exchanges.notAHostSite");
    refused( // a site of the vendor that is not in the programme
        () -> proposals.propose(proposal(programme, yasmine, rabat, "2027-02-08", "2027-02-09")),
        "exchanges.notAHostSite");
    access.openWorkspace(av.getId(), alice);
    refused(
        () -> programmes.create(programmeDetails("Spring exchange", "2027-06-30", "2027-01-01")),
        "exchanges.endBeforeStart");
    refused(
        () -> programmes.addHostSite(programme.getId(), lyon, 1), // client B's site
        "exchanges.unknownSite");
    refused(() -> programmes.addHostSite(programme.getId(), rabat, 0), "exchanges.seatsOutOfRange");
    refused(() -> programmes.addHostSite(programme.getId(), paris, 2), "exchanges.hostSiteTwice");
    assertThat(fingerprint()).isEqualTo(before);

    ExchangeProposal proposal = propose(programme, yasmine, "2027-02-08T09:00", "2027-02-09T17:00");
    access.openWorkspace(av.getId(), alice);
    ExchangeProposal accepted = acceptances.accept(proposal.getId(), proposal.getVersion(), null);
    Map<String, String> afterAccepting = fingerprint();
    refused(
        () -> acceptances.accept(proposal.getId(), accepted.getVersion(), null),
        "exchanges.proposalNotOpen.ACCEPTED");
    ExchangeProposal late = propose(programme, omar, "2024-02-08T09:00", "2024-02-09T17:00");
    ExchangeProposal noSwap = propose(programme, omar, "2027-09-06T09:00", "2027-09-07T17:00");
    Map<String, String> withBoth = fingerprint();
    access.openWorkspace(av.getId(), alice);
    refused(
        () -> acceptances.accept(late.getId(), late.getVersion(), null),
        "exchanges.proposalExpired");
    refused(
        () -> acceptances.accept(noSwap.getId(), noSwap.getVersion(), julie), "exchanges.notASwap");
    assertThat(fingerprint()).isEqualTo(withBoth).isNotEqualTo(afterAccepting);
  }

  @Test
  void anotherWorkspaceCannotReachAProgrammeOrProposal() {
    ExchangeProgramme programme = programme(av, alice, false, Map.of(paris, 1));
    ExchangeProposal proposal = propose(programme, yasmine, "2027-02-08T09:00", "2027-02-09T17:00");

    assertThatThrownBy(() -> access.openWorkspace(av.getId(), bob))
        .isInstanceOf(NoSuchWorkspaceException.class);
    access.openWorkspace(bv.getId(), bob);
    assertThat(programmes.page(0, 50)).isEmpty();
    assertThat(proposals.ofProgramme(programme.getId(), 0, 50)).isEmpty();
    assertThatThrownBy(() -> programmes.find(programme.getId()))
        .isInstanceOf(NoSuchRecordException.class);
    assertThatThrownBy(() -> proposals.find(proposal.getId()))
        .isInstanceOf(NoSuchRecordException.class);
    assertThatThrownBy(() -> acceptances.accept(proposal.getId(), proposal.getVersion(), null))
        .isInstanceOf(NoSuchRecordException.class);
    assertThatThrownBy(() -> proposals.withdraw(proposal.getId(), proposal.getVersion()))
        .isInstanceOf(NoSuchRecordException.class);
    assertThatThrownBy(() -> proposals.cancel(proposal.getId(), proposal.getVersion(), "Forged"))
        .isInstanceOf(NoSuchRecordException.class);
    assertThatThrownBy(() -> acceptances.approve(proposal.getId(), proposal.getVersion()))
        .isInstanceOf(NoSuchRecordException.class);
    assertThatThrownBy(() -> programmes.addHostSite(programme.getId(), lyon, 1))
        .isInstanceOf(NoSuchRecordException.class);
    access.openWorkspace(bv.getId(), victor); // a viewer of B–V
    assertThatThrownBy(() -> programmes.create(programmeDetails("B", "2027-01-01", "2027-02-01")))
        .isInstanceOf(NotAllowedException.class);
  }

  private ExchangeProgramme programme(
      Partnership workspace, String coordinator, boolean approval, Map<Long, Integer> hosts) {
    access.openWorkspace(workspace.getId(), coordinator);
    ExchangeProgramme programme =
        programmes.create(
            new ProgrammeDetails(
                "Exchange " + System.nanoTime(),
                "Learn each other's customers",
                LocalDate.parse("2027-01-01"),
                LocalDate.parse("2027-12-31"),
                approval));
    new LinkedHashMap<>(hosts)
        .forEach((site, seats) -> programmes.addHostSite(programme.getId(), site, seats));
    return programme;
  }

  /** Victor proposes one of V's agents for Paris. */
  private ExchangeProposal propose(
      ExchangeProgramme programme, long agent, String start, String end) {
    access.openWorkspace(av.getId(), victor);
    return proposals.propose(
        new NewProposal(programme.getId(), agent, paris, at(start), at(end), null, ""));
  }

  private static NewProposal proposal(
      ExchangeProgramme programme, long agent, long host, String startDay, String endDay) {
    return new NewProposal(
        programme.getId(),
        agent,
        host,
        LocalDate.parse(startDay).atTime(9, 0),
        LocalDate.parse(endDay).atTime(17, 0),
        null,
        "");
  }

  private static ProgrammeDetails programmeDetails(String name, String from, String to) {
    return new ProgrammeDetails(name, "", LocalDate.parse(from), LocalDate.parse(to), false);
  }

  private static void refused(ThrowingCallable call, String key) {
    assertThatThrownBy(call).isInstanceOf(RuleViolation.class).hasMessage(key);
  }

  private static LocalDateTime at(String local) {
    return LocalDateTime.parse(local);
  }

  private long site(String city, String country, String zone) {
    return sites.add(new SiteDetails(city, city, country, zone, 100)).getId();
  }

  private long agent(long site, String name) {
    return roster.add(site, new AgentDetails(name, "fr, en", "billing", true)).getId();
  }

  private String member(
      Partnership workspace, Organization organization, String name, WorkspaceRole role) {
    String email = name + "@" + organization.getSlug() + ".test";
    Account account =
        accounts.create(
            organization, email, email, "unused", OrgRole.MEMBER, "en", "Europe/London");
    memberships.add(workspace, account, role);
    return email;
  }

  private long bookings(Organization organization, long agent) throws SQLException {
    return Long.parseLong(
        row(
            "SELECT COUNT(*) FROM agent_booking WHERE organization_id = "
                + organization.getId()
                + " AND agent_id = "
                + agent));
  }

  private Map<String, String> fingerprint() throws SQLException {
    Map<String, String> fingerprint = new LinkedHashMap<>(DatabaseFingerprint.of(database));
    for (String table : TABLES) {
      fingerprint.put(
          table, row("SELECT COUNT(*), COALESCE(SUM(version), 0), MAX(id) FROM " + table));
    }
    fingerprint.put("agent_booking", row("SELECT COUNT(*), MAX(id) FROM agent_booking"));
    return fingerprint;
  }

  private String row(String sql) throws SQLException {
    return DatabaseFingerprint.row(database, sql);
  }
}
