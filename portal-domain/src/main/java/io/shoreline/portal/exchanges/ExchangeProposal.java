package io.shoreline.portal.exchanges;

import io.shoreline.portal.audit.Auditable;
import io.shoreline.portal.platform.RuleViolation;
import io.shoreline.portal.tenancy.isolation.TenantProperties;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDateTime;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * One side's proposal of an exchange and its answers: accepted, rejected with a reason, or
 * countered with other dates, then approved by the proposing side's manager where the programme
 * asks for it. Its stays ({@link ExchangeStay}) say who goes where.
 */
@Entity
@Table(name = "exchange_proposal")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(
    name = "workspace_id",
    contextProperty = TenantProperties.WORKSPACE,
    discriminatorType = DiscriminatorType.INTEGER,
    // part of EclipseLink's key: UPDATE and DELETE by id then bind the tenant too
    // (eclipselink#1333)
    primaryKey = true)
@NamedQuery(
    name = ExchangeProposal.OF_PROGRAMME,
    query =
        "SELECT p FROM ExchangeProposal p WHERE p.programmeId = :programme"
            + " ORDER BY p.startsLocal DESC, p.id DESC")
@NamedQuery(
    name = ExchangeProposal.COUNT_OF_PROGRAMME,
    query = "SELECT COUNT(p) FROM ExchangeProposal p WHERE p.programmeId = :programme")
@NamedQuery(
    name = ExchangeProposal.WAITING_FOR,
    query =
        "SELECT p FROM ExchangeProposal p WHERE (p.status IN :toAnswer AND p.answeringOrgId = :org)"
            + " OR (p.status = :toApprove AND p.proposingOrgId = :org AND :manager = TRUE)"
            + " ORDER BY p.startsLocal, p.id")
public class ExchangeProposal implements Auditable {

  static final String OF_PROGRAMME = "ExchangeProposal.ofProgramme";
  static final String COUNT_OF_PROGRAMME = "ExchangeProposal.countOfProgramme";
  static final String WAITING_FOR = "ExchangeProposal.waitingFor";
  static final int NOTE_LENGTH = 1000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "programme_id")
  private long programmeId;

  @Column(name = "proposing_org_id")
  private long proposingOrgId;

  @Column(name = "answering_org_id")
  private long answeringOrgId;

  @Enumerated(EnumType.STRING)
  private ProposalStatus status;

  @Column(name = "starts_local")
  private LocalDateTime startsLocal;

  @Column(name = "ends_local")
  private LocalDateTime endsLocal;

  @Column(name = "swap_host_site_id")
  private Long swapHostSiteId;

  private String note;
  private String reason;

  @Column(name = "proposed_by")
  private long proposedBy;

  @Column(name = "proposed_at")
  private Instant proposedAt;

  @Column(name = "answered_by")
  private Long answeredBy;

  @Column(name = "answered_at")
  private Instant answeredAt;

  @Column(name = "approved_by")
  private Long approvedBy;

  @Column(name = "approved_at")
  private Instant approvedAt;

  @Version private long version;

  protected ExchangeProposal() {}

  ExchangeProposal(
      NewProposal proposal, long proposingOrgId, long answeringOrgId, long by, Instant at) {
    this.programmeId = proposal.programmeId();
    this.proposingOrgId = proposingOrgId;
    this.answeringOrgId = answeringOrgId;
    this.status = ProposalStatus.PROPOSED;
    this.startsLocal = proposal.start();
    this.endsLocal = proposal.end();
    this.swapHostSiteId = proposal.swapHostSiteId();
    this.note = proposal.note();
    this.proposedBy = by;
    this.proposedAt = at;
  }

  /** Other dates from the side that answers; then the side that proposed them answers. */
  void counter(
      LocalDateTime start,
      LocalDateTime end,
      String note,
      long nextAnswering,
      long by,
      Instant at) {
    requireStatus(ProposalStatus.PROPOSED, ProposalStatus.COUNTERED);
    this.startsLocal = start;
    this.endsLocal = end;
    this.reason = note;
    this.answeringOrgId = nextAnswering;
    this.status = ProposalStatus.COUNTERED;
    answered(by, at);
  }

  void accept(boolean needsApproval, long by, Instant at) {
    requireStatus(ProposalStatus.PROPOSED, ProposalStatus.COUNTERED);
    this.status = needsApproval ? ProposalStatus.AWAITING_APPROVAL : ProposalStatus.ACCEPTED;
    answered(by, at);
  }

  void approve(long by, Instant at) {
    requireStatus(ProposalStatus.AWAITING_APPROVAL);
    this.status = ProposalStatus.ACCEPTED;
    this.approvedBy = by;
    this.approvedAt = at;
  }

  void reject(String reason, long by, Instant at) {
    requireStatus(
        ProposalStatus.PROPOSED, ProposalStatus.COUNTERED, ProposalStatus.AWAITING_APPROVAL);
    this.status = ProposalStatus.REJECTED;
    this.reason = reason;
    answered(by, at);
  }

  void withdraw(long by, Instant at) {
    requireStatus(
        ProposalStatus.PROPOSED, ProposalStatus.COUNTERED, ProposalStatus.AWAITING_APPROVAL);
    this.status = ProposalStatus.WITHDRAWN;
    answered(by, at);
  }

  void cancel(String reason, long by, Instant at) {
    requireStatus(ProposalStatus.ACCEPTED);
    this.status = ProposalStatus.CANCELLED;
    this.reason = reason;
    answered(by, at);
  }

  private void answered(long by, Instant at) {
    this.answeredBy = by;
    this.answeredAt = at;
  }

  private void requireStatus(ProposalStatus... allowed) {
    for (ProposalStatus each : allowed) {
      if (status == each) {
        return;
      }
    }
    throw new RuleViolation("exchanges.proposalNotOpen." + status);
  }

  @Override
  public Long getId() {
    return id;
  }

  public long getProgrammeId() {
    return programmeId;
  }

  public long getProposingOrgId() {
    return proposingOrgId;
  }

  public long getAnsweringOrgId() {
    return answeringOrgId;
  }

  public ProposalStatus getStatus() {
    return status;
  }

  public LocalDateTime getStartsLocal() {
    return startsLocal;
  }

  public LocalDateTime getEndsLocal() {
    return endsLocal;
  }

  public Long getSwapHostSiteId() {
    return swapHostSiteId;
  }

  public boolean isSwap() {
    return swapHostSiteId != null;
  }

  public String getNote() {
    return note;
  }

  public String getReason() {
    return reason;
  }

  public long getProposedBy() {
    return proposedBy;
  }

  public Instant getProposedAt() {
    return proposedAt;
  }

  public Long getAnsweredBy() {
    return answeredBy;
  }

  public Instant getAnsweredAt() {
    return answeredAt;
  }

  public Long getApprovedBy() {
    return approvedBy;
  }

  public long getVersion() {
    return version;
  }

  @Override
  public String auditSummary() {
    return "Exchange proposal "
        + status
        + " from "
        + startsLocal
        + " to "
        + endsLocal
        + (isSwap() ? ", swap" : "")
        + (reason == null || reason.isEmpty() ? "" : ": " + reason);
  }
}
