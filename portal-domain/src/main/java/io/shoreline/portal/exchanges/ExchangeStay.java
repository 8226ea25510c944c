package io.shoreline.portal.exchanges;

import io.shoreline.portal.audit.Auditable;
import io.shoreline.portal.tenancy.isolation.TenantProperties;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * One agent's stay at a host site, part of a proposal. The agent's and site's names are copied
 * here: the other side sees the agents named in proposals, never the roster they come from.
 */
@Entity
@Table(name = "exchange_stay")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(
    name = "workspace_id",
    contextProperty = TenantProperties.WORKSPACE,
    discriminatorType = DiscriminatorType.INTEGER,
    // part of EclipseLink's key: UPDATE and DELETE by id then bind the tenant too
    // (eclipselink#1333)
    primaryKey = true)
@NamedQuery(
    name = ExchangeStay.OF_PROPOSAL,
    query = "SELECT s FROM ExchangeStay s WHERE s.proposalId = :proposal ORDER BY s.id")
@NamedQuery(
    name = ExchangeStay.ACCEPTED_AT_SITE,
    query =
        "SELECT s FROM ExchangeStay s WHERE s.accepted = TRUE AND s.programmeId = :programme"
            + " AND s.hostSiteId = :site AND s.startsAt < :to AND s.endsAt > :from")
@NamedQuery(
    name = ExchangeStay.BETWEEN,
    query =
        "SELECT s FROM ExchangeStay s WHERE s.programmeId = :programme AND s.accepted = TRUE"
            + " AND s.startsAt < :to AND s.endsAt > :from ORDER BY s.startsAt, s.id")
@NamedQuery(
    name = ExchangeStay.ACCEPTED_OF_PROGRAMME,
    query =
        "SELECT s FROM ExchangeStay s WHERE s.programmeId = :programme AND s.accepted = TRUE"
            + " ORDER BY s.startsAt, s.id")
@NamedQuery(
    name = ExchangeStay.ACCEPTED_OF_AGENT,
    query =
        "SELECT s FROM ExchangeStay s WHERE s.organizationId = :organization"
            + " AND s.agentId = :agent AND s.accepted = TRUE ORDER BY s.startsAt, s.id")
@NamedQuery(
    name = ExchangeStay.UPCOMING,
    query =
        "SELECT s FROM ExchangeStay s WHERE s.accepted = TRUE AND s.endsAt > :now"
            + " ORDER BY s.startsAt, s.id")
public class ExchangeStay implements Auditable {

  static final String OF_PROPOSAL = "ExchangeStay.ofProposal";
  static final String ACCEPTED_AT_SITE = "ExchangeStay.acceptedAtSite";
  static final String BETWEEN = "ExchangeStay.between";
  static final String ACCEPTED_OF_PROGRAMME = "ExchangeStay.acceptedOfProgramme";
  static final String ACCEPTED_OF_AGENT = "ExchangeStay.acceptedOfAgent";
  static final String UPCOMING = "ExchangeStay.upcoming";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "proposal_id")
  private long proposalId;

  @Column(name = "programme_id")
  private long programmeId;

  @Column(name = "organization_id")
  private long organizationId;

  @Column(name = "agent_id")
  private long agentId;

  @Column(name = "agent_name")
  private String agentName;

  @Column(name = "host_site_id")
  private long hostSiteId;

  @Column(name = "host_site_name")
  private String hostSiteName;

  @Column(name = "host_time_zone")
  private String hostTimeZone;

  @Column(name = "starts_at")
  private Instant startsAt;

  @Column(name = "ends_at")
  private Instant endsAt;

  private boolean accepted;

  @Version private long version;

  protected ExchangeStay() {}

  ExchangeStay(ExchangeProposal proposal, RosterAgent agent, HostSite host) {
    this.proposalId = proposal.getId();
    this.programmeId = proposal.getProgrammeId();
    this.organizationId = agent.organizationId();
    this.agentId = agent.id();
    this.agentName = agent.name();
    this.hostSiteId = host.getSiteId();
    this.hostSiteName = host.getSiteName();
    this.hostTimeZone = host.getSiteTimeZone();
    move(proposal.getStartsLocal(), proposal.getEndsLocal());
  }

  /** The same wall-clock times, at this stay's host. */
  void move(LocalDateTime start, LocalDateTime end) {
    Stay stay = asStay(start, end);
    this.startsAt = stay.startInstant();
    this.endsAt = stay.endInstant();
  }

  void accept() {
    this.accepted = true;
  }

  /** Called off: takes no seat any more. */
  void release() {
    this.accepted = false;
  }

  Stay asStay(LocalDateTime start, LocalDateTime end) {
    return new Stay(agentId, hostSiteId, zone(), start, end);
  }

  @Override
  public String auditSummary() {
    return "Stay of "
        + agentName
        + " at "
        + hostSiteName
        + " from "
        + startsAt
        + " to "
        + endsAt
        + (accepted ? ", accepted" : "");
  }

  @Override
  public Long getId() {
    return id;
  }

  public long getProposalId() {
    return proposalId;
  }

  public long getProgrammeId() {
    return programmeId;
  }

  public long getOrganizationId() {
    return organizationId;
  }

  public long getAgentId() {
    return agentId;
  }

  public String getAgentName() {
    return agentName;
  }

  public long getHostSiteId() {
    return hostSiteId;
  }

  public String getHostSiteName() {
    return hostSiteName;
  }

  public String getHostTimeZone() {
    return hostTimeZone;
  }

  public ZoneId zone() {
    return ZoneId.of(hostTimeZone);
  }

  public Instant getStartsAt() {
    return startsAt;
  }

  public Instant getEndsAt() {
    return endsAt;
  }

  public boolean isAccepted() {
    return accepted;
  }

  /** An exported calendar event's SEQUENCE: a calendar that imports it again sees the change. */
  public long getVersion() {
    return version;
  }
}
