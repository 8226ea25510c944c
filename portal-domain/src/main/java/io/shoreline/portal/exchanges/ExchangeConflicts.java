package io.shoreline.portal.exchanges;

import io.shoreline.portal.tenancy.isolation.TenantSql;
import io.shoreline.portal.tenancy.isolation.TenantSql.AgentRow;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Gathers what {@link ExchangeRules} judges a proposal's stays by: the programme's terms, the seats
 * already taken at each host site, each agent's bookings in any workspace of their organization,
 * and whether the agent is still active. To accept, the host sites and agents stay locked until the
 * transaction ends, so two acceptances cannot both take the last seat or the same agent.
 */
@Dependent
public class ExchangeConflicts {

  @PersistenceContext EntityManager em;
  @Inject Programmes programmes;
  @Inject TenantSql bookings;

  public List<Conflict> of(ExchangeProposal proposal, List<ExchangeStay> stays, boolean toAccept) {
    ExchangeProgramme programme = programmes.find(proposal.getProgrammeId());
    List<HostSite> hosts = programmes.hostSites(programme.getId());
    ProgrammeTerms terms = terms(programme, hosts);
    List<Conflict> found = new ArrayList<>();
    for (ExchangeStay each :
        stays.stream().sorted(Comparator.comparing(ExchangeStay::getAgentName)).toList()) {
      Stay stay = each.asStay(proposal.getStartsLocal(), proposal.getEndsLocal());
      if (toAccept) {
        hosts.stream()
            .filter(host -> host.getSiteId() == each.getHostSiteId())
            .forEach(host -> em.lock(host, LockModeType.PESSIMISTIC_WRITE));
      }
      boolean active =
          bookings
              .agent(each.getOrganizationId(), each.getAgentId(), toAccept)
              .map(AgentRow::active)
              .orElse(false);
      List<Booking> booked =
          bookings
              .bookings(
                  each.getOrganizationId(),
                  each.getAgentId(),
                  stay.startInstant(),
                  stay.endInstant(),
                  toAccept)
              .stream()
              .map(row -> new Booking(row.start(), row.end()))
              .toList();
      // whose stay each reason is about goes last: the messages name the agent and the site
      ExchangeRules.check(stay, active, terms, booked, seatsTaken(programme, stay, toAccept))
          .stream()
          .map(conflict -> about(conflict, each))
          .forEach(found::add);
    }
    return found;
  }

  private static Conflict about(Conflict conflict, ExchangeStay stay) {
    List<Object> arguments = new ArrayList<>(conflict.arguments());
    arguments.add(stay.getAgentName());
    arguments.add(stay.getHostSiteName());
    return new Conflict(conflict.kind(), arguments);
  }

  private ProgrammeTerms terms(ExchangeProgramme programme, List<HostSite> hosts) {
    Set<LocalDate> blackouts =
        programmes.blackouts(programme.getId()).stream()
            .map(Blackout::getDay)
            .collect(Collectors.toSet());
    Map<Long, Integer> seats =
        hosts.stream().collect(Collectors.toMap(HostSite::getSiteId, HostSite::getSeatsPerDay));
    return new ProgrammeTerms(programme.getStartsOn(), programme.getEndsOn(), blackouts, seats);
  }

  /**
   * The accepted stays at the stay's host site that share a moment with it. To accept, a locking
   * read: it sees what an acceptance that held the site's lock before committed, where MySQL's
   * repeatable read would show the transaction's older snapshot.
   */
  private SeatsTaken seatsTaken(ExchangeProgramme programme, Stay stay, boolean toAccept) {
    List<Stay> accepted =
        em
            .createNamedQuery(ExchangeStay.ACCEPTED_AT_SITE, ExchangeStay.class)
            .setLockMode(toAccept ? LockModeType.PESSIMISTIC_WRITE : LockModeType.NONE)
            .setParameter("programme", programme.getId())
            .setParameter("site", stay.hostSiteId())
            .setParameter("from", stay.startInstant())
            .setParameter("to", stay.endInstant())
            .getResultList()
            .stream()
            .map(ExchangeConflicts::asAccepted)
            .toList();
    return new SeatsTaken(accepted);
  }

  private static Stay asAccepted(ExchangeStay stay) {
    Function<Instant, LocalDateTime> local =
        instant -> LocalDateTime.ofInstant(instant, stay.zone());
    return new Stay(
        stay.getAgentId(),
        stay.getHostSiteId(),
        stay.zone(),
        local.apply(stay.getStartsAt()),
        local.apply(stay.getEndsAt()));
  }
}
