package io.shoreline.portal.exchanges;

import io.shoreline.portal.audit.Audited;
import io.shoreline.portal.identity.Account;
import io.shoreline.portal.identity.OrgRole;
import io.shoreline.portal.platform.NotAllowedException;
import io.shoreline.portal.platform.RuleViolation;
import io.shoreline.portal.platform.TimeSource;
import io.shoreline.portal.tenancy.Membership;
import io.shoreline.portal.tenancy.isolation.CallerMembership;
import io.shoreline.portal.tenancy.isolation.TenantAccess;
import io.shoreline.portal.tenancy.isolation.TenantBound;
import io.shoreline.portal.tenancy.isolation.TenantSql;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The exchange proposals of the request's workspace: a coordinator proposes one of their own agents
 * for a host site of the other side; the other side counters with other dates, rejects with a
 * reason, or accepts ({@link Acceptances}); the proposing side may withdraw while it is open.
 */
@Stateless
@TenantBound
@Audited
public class Proposals {

  static final int REASON_LENGTH = 1000;

  @PersistenceContext EntityManager em;
  @Inject CallerMembership member;
  @Inject TenantAccess access;
  @Inject TimeSource time;
  @Inject Programmes programmes;
  @Inject ProposalSteps steps;
  @Inject ExchangeConflicts conflicts;
  @Inject ExchangeNotice notice;
  @Inject TenantSql bookings;

  public ExchangeProposal propose(NewProposal proposal) {
    Membership me = member.toWrite();
    if (!member.isCoordinator()) {
      throw new NotAllowedException("only coordinators propose exchanges");
    }
    NewProposal valid = proposal.validated();
    ExchangeProgramme programme = programmes.find(valid.programmeId());
    long mine = me.getAccount().getOrganization().getId();
    long theirs = me.getPartnership().partnerOf(mine).getId();
    RosterAgent agent = steps.ownAgent(valid.agentId());
    if (!agent.active()) {
      throw new RuleViolation("exchanges.agentInactive", agent.name());
    }
    HostSite host = hostOf(programme, valid.hostSiteId(), theirs);
    if (valid.swapHostSiteId() != null) {
      hostOf(programme, valid.swapHostSiteId(), mine);
    }
    ExchangeProposal created =
        new ExchangeProposal(valid, mine, theirs, access.callerId(), time.now());
    em.persist(created);
    em.flush(); // its stay needs its id
    ExchangeStay stay = new ExchangeStay(created, agent, host);
    em.persist(stay);
    notice.tell(created, List.of(stay));
    return created;
  }

  /**
   * Other dates, from the side that answers; the other side answers them next. For a swap, the side
   * that did not propose names its agent going the other way with its counter.
   */
  public ExchangeProposal counter(
      long id,
      long seenVersion,
      LocalDateTime start,
      LocalDateTime end,
      String note,
      Long counterpartAgentId) {
    ExchangeProposal proposal = answerable(id, seenVersion);
    NewProposal.Dates.check(start, end);
    String text = reason(note, false);
    long mine = member.get().getAccount().getOrganization().getId();
    long theirs = member.get().getPartnership().partnerOf(mine).getId();
    if (mine != proposal.getProposingOrgId() || counterpartAgentId != null) {
      steps.nameCounterpart(proposal, counterpartAgentId);
    }
    proposal.counter(start, end, text, theirs, access.callerId(), time.now());
    List<ExchangeStay> stays = steps.stays(id);
    stays.forEach(stay -> stay.move(start, end));
    notice.tell(proposal, stays);
    return proposal;
  }

  public ExchangeProposal reject(long id, long seenVersion, String reason) {
    ExchangeProposal open =
        steps.find(id).getStatus() == ProposalStatus.AWAITING_APPROVAL
            ? steps.forManager(id, seenVersion)
            : answerable(id, seenVersion);
    open.reject(reason(reason, true), access.callerId(), time.now());
    notice.tell(open, steps.stays(id));
    return open;
  }

  public ExchangeProposal withdraw(long id, long seenVersion) {
    ExchangeProposal proposal =
        steps.forCoordinatorOf(steps.find(id).getProposingOrgId(), id, seenVersion);
    proposal.withdraw(access.callerId(), time.now());
    notice.tell(proposal, steps.stays(id));
    return proposal;
  }

  /**
   * Calls an accepted exchange off before it begins, as a coordinator of either side, with a
   * reason: its stays take no seat and its agents are free again.
   */
  public ExchangeProposal cancel(long id, long seenVersion, String reason) {
    ExchangeProposal proposal = steps.forCancel(id, seenVersion);
    proposal.cancel(reason(reason, true), access.callerId(), time.now());
    List<ExchangeStay> stays = steps.stays(id);
    for (ExchangeStay stay : stays) {
      stay.release();
      bookings.unbook(stay.getOrganizationId(), member.workspaceId(), stay.getId());
    }
    notice.tell(proposal, stays);
    return proposal;
  }

  public ExchangeProposal find(long id) {
    return steps.find(id);
  }

  public List<ExchangeStay> stays(long proposalId) {
    steps.find(proposalId);
    return steps.stays(proposalId);
  }

  /** What would stop the proposal from being accepted now (nothing is locked). */
  public List<Conflict> conflicts(long id) {
    ExchangeProposal proposal = steps.find(id);
    return conflicts.of(proposal, steps.stays(id), false);
  }

  /** A programme's proposals, latest first. */
  public List<ExchangeProposal> ofProgramme(long programmeId, int first, int max) {
    member.get();
    return em.createNamedQuery(ExchangeProposal.OF_PROGRAMME, ExchangeProposal.class)
        .setParameter("programme", programmeId)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  public long countOfProgramme(long programmeId) {
    member.get();
    return em.createNamedQuery(ExchangeProposal.COUNT_OF_PROGRAMME, Long.class)
        .setParameter("programme", programmeId)
        .getSingleResult();
  }

  /**
   * The open proposals the caller's side must answer, and for a manager those waiting for their
   * approval: soonest first, for the workspace home.
   */
  public List<ExchangeProposal> waitingForCaller(int max) {
    Account me = member.get().getAccount();
    boolean manager = me.getRole() == OrgRole.MANAGER || me.getRole() == OrgRole.ORG_ADMIN;
    return em.createNamedQuery(ExchangeProposal.WAITING_FOR, ExchangeProposal.class)
        .setParameter("toAnswer", List.of(ProposalStatus.PROPOSED, ProposalStatus.COUNTERED))
        .setParameter("toApprove", ProposalStatus.AWAITING_APPROVAL)
        .setParameter("org", me.getOrganization().getId())
        .setParameter("manager", manager)
        .setMaxResults(max)
        .getResultList();
  }

  private ExchangeProposal answerable(long id, long seenVersion) {
    return steps.forCoordinatorOf(steps.find(id).getAnsweringOrgId(), id, seenVersion);
  }

  /** A host site of the programme that belongs to the given side. */
  private HostSite hostOf(ExchangeProgramme programme, long siteId, long organizationId) {
    return programmes.hostSites(programme.getId()).stream()
        .filter(host -> host.getSiteId() == siteId && host.getOrganizationId() == organizationId)
        .findFirst()
        .orElseThrow(() -> new RuleViolation("exchanges.notAHostSite", siteId));
  }

  private static String reason(String text, boolean required) {
    String reason = text == null ? "" : text.strip();
    if (required && reason.isEmpty()) {
      throw new RuleViolation("exchanges.reasonRequired");
    }
    if (reason.length() > REASON_LENGTH) {
      throw new RuleViolation("exchanges.reasonTooLong", REASON_LENGTH);
    }
    return reason;
  }
}
