package io.shoreline.bench;

import io.shoreline.bench.Dataset.Agent;
import io.shoreline.bench.Dataset.Organization;
import io.shoreline.bench.Dataset.Site;
import io.shoreline.bench.Dataset.Workspace;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Per workspace one exchange programme hosting at a site of each side, and proposals of either
 * side: one agent for a day at the other side's site. An organization's stays go round its agents
 * and then to the next day, across all its workspaces, so no agent is ever booked twice at once.
 */
final class ExchangesPhase {

  private static final String[] STATUSES = {
    "ACCEPTED",
    "ACCEPTED",
    "ACCEPTED",
    "ACCEPTED",
    "PROPOSED",
    "PROPOSED",
    "REJECTED",
    "WITHDRAWN",
    "COUNTERED",
    "REJECTED"
  };

  private final Connection connection;
  private final Report report;
  private final SplittableRandom random;
  private final Dataset data;
  private final long exchanges;
  private final Bulk[] bulks = new Bulk[5];

  ExchangesPhase(Connection connection, Report report, long seed, Dataset data, long exchanges) {
    this.connection = connection;
    this.report = report;
    this.random = new SplittableRandom(seed);
    this.data = data;
    this.exchanges = exchanges;
  }

  void run() throws SQLException {
    try (Bulk programmes =
            new Bulk(
                connection,
                report,
                "exchange_programme",
                "id, workspace_id, name, purpose, starts_on, ends_on, manager_approval,"
                    + " created_by, created_at, version");
        Bulk hosts =
            new Bulk(
                connection,
                report,
                "exchange_host_site",
                "id, workspace_id, programme_id, organization_id, site_id, site_name,"
                    + " site_time_zone, seats_per_day, version");
        Bulk proposals =
            new Bulk(
                connection,
                report,
                "exchange_proposal",
                "id, workspace_id, programme_id, proposing_org_id, answering_org_id, status,"
                    + " starts_local, ends_local, note, proposed_by, proposed_at, answered_by,"
                    + " answered_at, version");
        Bulk stays =
            new Bulk(
                connection,
                report,
                "exchange_stay",
                "id, workspace_id, proposal_id, programme_id, organization_id, agent_id,"
                    + " agent_name, host_site_id, host_site_name, host_time_zone, starts_at,"
                    + " ends_at, accepted, version");
        Bulk bookings =
            new Bulk(
                connection,
                report,
                "agent_booking",
                "id, organization_id, agent_id, workspace_id, stay_id, starts_at, ends_at")) {
      bulks[0] = programmes;
      bulks[1] = hosts;
      bulks[2] = proposals;
      bulks[3] = stays;
      bulks[4] = bookings;
      Commits commits = new Commits(connection, bulks);
      for (int w = 0; w < data.workspaces.size(); w++) {
        workspace(data.workspaces.get(w), Scale.share(exchanges, w, data.workspaces.size()));
        commits.maybeCommit();
      }
      commits.commit();
    }
  }

  private void workspace(Workspace ws, long count) throws SQLException {
    long programme = bulks[0].nextId();
    LocalDate starts = Dataset.EPOCH.toLocalDate();
    bulks[0].add(
        programme,
        ws.id,
        "Cross-site exchange " + starts.getYear(),
        Text.sentence(random),
        starts,
        starts.plusDays(365),
        false,
        ws.clientCoordinator(),
        Dataset.EPOCH.minusDays(30),
        1L);
    bulks[0].flush();
    for (Organization side : List.of(ws.client, ws.vendor)) {
      Site site = side.sites.get(0);
      bulks[1].add(
          bulks[1].nextId(),
          ws.id,
          programme,
          side.id,
          site.id(),
          site.name(),
          site.timeZone(),
          5,
          1L);
    }
    List<Planned> planned = new ArrayList<>();
    for (long n = 0; n < count; n++) {
      planned.add(proposal(ws, programme));
    }
    bulks[2].flush();
    for (Planned stay : planned) {
      stay(ws, programme, stay);
    }
    // the stays before the bookings that point at them
    bulks[3].flush();
    for (Planned stay : planned) {
      if (stay.status.equals("ACCEPTED")) {
        bulks[4].add(
            bulks[4].nextId(),
            stay.proposer.id,
            stay.agent.id(),
            ws.id,
            stay.stayId,
            stay.startsUtc,
            stay.startsUtc.plusHours(8));
      }
    }
  }

  /** A proposal made, and what its stay and booking need. */
  private static final class Planned {
    long proposalId;
    Organization proposer;
    Organization host;
    Agent agent;
    LocalDateTime startsLocal;
    String status;
    long stayId;
    LocalDateTime startsUtc;
  }

  private Planned proposal(Workspace ws, long programme) throws SQLException {
    boolean clientProposes = random.nextBoolean();
    Organization proposer = clientProposes ? ws.client : ws.vendor;
    Organization host = clientProposes ? ws.vendor : ws.client;
    String status = Text.pick(random, STATUSES);
    int turn = proposer.staysPlanned++;
    Agent agent = proposer.agents.get(turn % proposer.agents.size());
    LocalDateTime startsLocal =
        Dataset.EPOCH.toLocalDate().plusDays(7L + turn / proposer.agents.size()).atTime(9, 0);
    long proposedBy = clientProposes ? ws.clientCoordinator() : ws.vendorCoordinator();
    long answeredBy = clientProposes ? ws.vendorCoordinator() : ws.clientCoordinator();
    boolean answered = !status.equals("PROPOSED") && !status.equals("WITHDRAWN");
    LocalDateTime proposedAt = startsLocal.minusDays(14);
    long id = bulks[2].nextId();
    bulks[2].add(
        id,
        ws.id,
        programme,
        proposer.id,
        // after a counter-proposal the proposing side answers next
        status.equals("COUNTERED") ? proposer.id : host.id,
        status,
        startsLocal,
        startsLocal.plusHours(8),
        Text.sentence(random),
        proposedBy,
        proposedAt,
        answered ? answeredBy : null,
        answered ? proposedAt.plusDays(2) : null,
        1L);
    Planned planned = new Planned();
    planned.proposalId = id;
    planned.proposer = proposer;
    planned.host = host;
    planned.agent = agent;
    planned.startsLocal = startsLocal;
    planned.status = status;
    return planned;
  }

  private void stay(Workspace ws, long programme, Planned planned) throws SQLException {
    Site site = planned.host.sites.get(0);
    ZoneOffset offset = ZoneId.of(site.timeZone()).getRules().getOffset(planned.startsLocal);
    planned.startsUtc = planned.startsLocal.minusSeconds(offset.getTotalSeconds());
    planned.stayId = bulks[3].nextId();
    bulks[3].add(
        planned.stayId,
        ws.id,
        planned.proposalId,
        programme,
        planned.proposer.id,
        planned.agent.id(),
        planned.agent.name(),
        site.id(),
        site.name(),
        site.timeZone(),
        planned.startsUtc,
        planned.startsUtc.plusHours(8),
        planned.status.equals("ACCEPTED"),
        1L);
  }
}
