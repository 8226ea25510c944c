package io.shoreline.portal.exchanges;

import io.shoreline.portal.identity.OrgRole;
import io.shoreline.portal.platform.ChangedMeanwhileException;
import io.shoreline.portal.platform.NoSuchRecordException;
import io.shoreline.portal.platform.NotAllowedException;
import io.shoreline.portal.platform.RuleViolation;
import io.shoreline.portal.platform.TimeSource;
import io.shoreline.portal.roster.Agent;
import io.shoreline.portal.tenancy.Membership;
import io.shoreline.portal.tenancy.isolation.CallerMembership;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * What every step on a proposal checks first: the proposal exists in this workspace and is still
 * open, the caller's side and role may take the step, the caller saw its current version, and its
 * stays have not begun.
 */
@Dependent
public class ProposalSteps {

  @PersistenceContext EntityManager em;
  @Inject CallerMembership member;
  @Inject TimeSource time;
  @Inject Programmes programmes;

  /** The open proposal, locked, for a step by a coordinator of the given side. */
  ExchangeProposal forCoordinatorOf(long organizationId, long id, long seenVersion) {
    Membership me = member.toWrite();
    if (!member.isCoordinator() || me.getAccount().getOrganization().getId() != organizationId) {
      throw new NotAllowedException("not this side's coordinator");
    }
    return open(id, seenVersion);
  }

  /** The open proposal, locked, for its proposing side's manager (or admin). */
  ExchangeProposal forManager(long id, long seenVersion) {
    Membership me = member.toWrite();
    ExchangeProposal proposal = find(id);
    OrgRole role = me.getAccount().getRole();
    if (me.getAccount().getOrganization().getId() != proposal.getProposingOrgId()
        || (role != OrgRole.MANAGER && role != OrgRole.ORG_ADMIN)) {
      throw new NotAllowedException("not the proposing side's manager");
    }
    return open(id, seenVersion);
  }

  ExchangeProposal find(long id) {
    member.get();
    ExchangeProposal proposal = em.find(ExchangeProposal.class, id);
    if (proposal == null) {
      throw new NoSuchRecordException("proposal", id);
    }
    return proposal;
  }

  List<ExchangeStay> stays(long proposalId) {
    return em.createNamedQuery(ExchangeStay.OF_PROPOSAL, ExchangeStay.class)
        .setParameter("proposal", proposalId)
        .getResultList();
  }

  /** An agent of the caller's own roster (another organization's agent is unknown here). */
  RosterAgent ownAgent(long agentId) {
    Agent agent = em.find(Agent.class, agentId);
    if (agent == null) {
      throw new RuleViolation("exchanges.unknownAgent", agentId);
    }
    long organization = member.get().getAccount().getOrganization().getId();
    return new RosterAgent(agent.getId(), organization, agent.getName(), agent.isActive());
  }

  /**
   * For a swap, the agent the side that did not propose sends the other way, from its own roster,
   * to the proposing side's site: named (or named anew) when that side accepts or counters. When
   * the proposing side accepts a counter, the agent named with it stays.
   */
  void nameCounterpart(ExchangeProposal proposal, Long agentId) {
    boolean proposingSide =
        member.get().getAccount().getOrganization().getId() == proposal.getProposingOrgId();
    if (!proposal.isSwap() || proposingSide) {
      if (agentId != null) {
        throw new RuleViolation(
            proposal.isSwap() ? "exchanges.counterpartNotYours" : "exchanges.notASwap");
      }
      if (proposal.isSwap() && stays(proposal.getId()).size() < 2) {
        throw new RuleViolation("exchanges.counterpartMissing");
      }
      return;
    }
    if (agentId == null) {
      throw new RuleViolation("exchanges.counterpartRequired");
    }
    RosterAgent agent = ownAgent(agentId);
    HostSite host =
        programmes.hostSites(proposal.getProgrammeId()).stream()
            .filter(site -> site.getSiteId() == proposal.getSwapHostSiteId())
            .findFirst()
            .orElseThrow(
                () -> new RuleViolation("exchanges.notAHostSite", proposal.getSwapHostSiteId()));
    stays(proposal.getId()).stream()
        .filter(stay -> stay.getOrganizationId() != proposal.getProposingOrgId())
        .forEach(em::remove);
    em.flush(); // the agent may be the one named before: its key is free again
    em.persist(new ExchangeStay(proposal, agent, host));
    em.flush();
  }

  /** The accepted exchange, locked, for a coordinator of either side to call it off. */
  ExchangeProposal forCancel(long id, long seenVersion) {
    member.toWrite();
    if (!member.isCoordinator()) {
      throw new NotAllowedException("only coordinators call exchanges off");
    }
    ExchangeProposal proposal = locked(id);
    if (proposal.getStatus() != ProposalStatus.ACCEPTED) {
      throw new RuleViolation("exchanges.notAccepted");
    }
    return unchangedAndNotBegun(proposal, seenVersion);
  }

  private ExchangeProposal open(long id, long seenVersion) {
    ExchangeProposal proposal = locked(id);
    if (!proposal.getStatus().isOpen()) {
      throw new RuleViolation("exchanges.proposalNotOpen." + proposal.getStatus());
    }
    return unchangedAndNotBegun(proposal, seenVersion);
  }

  // locked: of two people answering at once, the second sees what the first did
  private ExchangeProposal locked(long id) {
    member.get();
    ExchangeProposal proposal = em.find(ExchangeProposal.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (proposal == null) {
      throw new NoSuchRecordException("proposal", id);
    }
    return proposal;
  }

  private ExchangeProposal unchangedAndNotBegun(ExchangeProposal proposal, long seenVersion) {
    long id = proposal.getId();
    ChangedMeanwhileException.check("proposal", id, proposal.getVersion(), seenVersion);
    boolean begun = stays(id).stream().anyMatch(stay -> !stay.getStartsAt().isAfter(time.now()));
    if (begun) {
      throw new RuleViolation("exchanges.proposalExpired");
    }
    return proposal;
  }
}
