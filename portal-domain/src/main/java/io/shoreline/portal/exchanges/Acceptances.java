package io.shoreline.portal.exchanges;

import io.shoreline.portal.audit.Audited;
import io.shoreline.portal.platform.TimeSource;
import io.shoreline.portal.tenancy.isolation.CallerMembership;
import io.shoreline.portal.tenancy.isolation.TenantAccess;
import io.shoreline.portal.tenancy.isolation.TenantBound;
import io.shoreline.portal.tenancy.isolation.TenantSql;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Accepting a proposal: the answering side's coordinator accepts (naming, for a swap, the agent of
 * their own side who goes the other way), then the proposing side's manager approves where the
 * programme asks for it. Each time the conflict rules run on locked rows; any conflict refuses the
 * step with every reason and changes nothing. The last step books the agents.
 */
@Stateless
@TenantBound
@Audited
public class Acceptances {

  @PersistenceContext EntityManager em;
  @Inject CallerMembership member;
  @Inject TenantAccess access;
  @Inject TimeSource time;
  @Inject Programmes programmes;
  @Inject ProposalSteps steps;
  @Inject ExchangeConflicts conflicts;
  @Inject TenantSql bookings;
  @Inject ExchangeNotice notice;

  /** Accepts as the answering side; {@code counterpartAgentId} only, and always, for a swap. */
  public ExchangeProposal accept(long id, long seenVersion, Long counterpartAgentId) {
    ExchangeProposal proposal =
        steps.forCoordinatorOf(steps.find(id).getAnsweringOrgId(), id, seenVersion);
    steps.nameCounterpart(proposal, counterpartAgentId);
    List<ExchangeStay> stays = steps.stays(id);
    boolean needsApproval = programmes.find(proposal.getProgrammeId()).isManagerApproval();
    requireNoConflict(proposal, stays);
    proposal.accept(needsApproval, access.callerId(), time.now());
    if (!needsApproval) {
      book(stays);
    }
    notice.tell(proposal, stays);
    return proposal;
  }

  /** Approves as the proposing side's manager, once the other side accepted. */
  public ExchangeProposal approve(long id, long seenVersion) {
    ExchangeProposal proposal = steps.forManager(id, seenVersion);
    List<ExchangeStay> stays = steps.stays(id);
    requireNoConflict(proposal, stays);
    proposal.approve(access.callerId(), time.now());
    book(stays);
    notice.tell(proposal, stays);
    return proposal;
  }

  private void requireNoConflict(ExchangeProposal proposal, List<ExchangeStay> stays) {
    List<Conflict> found = conflicts.of(proposal, stays, true);
    if (!found.isEmpty()) {
      throw new ExchangeConflictException(found);
    }
  }

  private void book(List<ExchangeStay> stays) {
    em.flush(); // a counterpart's stay needs its id
    for (ExchangeStay stay : stays) {
      stay.accept();
      bookings.book(
          stay.getOrganizationId(),
          stay.getAgentId(),
          member.workspaceId(),
          stay.getId(),
          stay.getStartsAt(),
          stay.getEndsAt());
    }
  }
}
