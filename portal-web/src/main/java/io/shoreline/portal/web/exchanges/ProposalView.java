package io.shoreline.portal.web.exchanges;

import io.shoreline.portal.exchanges.Conflict;
import io.shoreline.portal.exchanges.ExchangeProgramme;
import io.shoreline.portal.exchanges.ExchangeProposal;
import io.shoreline.portal.exchanges.ExchangeStay;
import io.shoreline.portal.exchanges.Programmes;
import io.shoreline.portal.exchanges.ProposalStatus;
import io.shoreline.portal.exchanges.Proposals;
import io.shoreline.portal.identity.Account;
import io.shoreline.portal.identity.OrgRole;
import io.shoreline.portal.tenancy.Membership;
import io.shoreline.portal.tenancy.isolation.CallerMembership;
import io.shoreline.portal.web.platform.FacesMessages;
import io.shoreline.portal.web.platform.Ids;
import io.shoreline.portal.web.platform.Outcomes;
import io.shoreline.portal.web.platform.RowParameters;
import io.shoreline.portal.web.platform.Tenants;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Backing bean of app/exchange-proposal.xhtml?w=ID&id=PROPOSAL: who goes where and when, where the
 * proposal stands, what would stop it from being accepted now, and which answers the viewer may
 * give (see {@link ProposalAnswers}).
 */
@Named
@RequestScoped
public class ProposalView {

  @Inject Tenants tenants;
  @Inject Proposals proposals;
  @Inject Programmes programmes;
  @Inject CallerMembership member;
  @Inject Outcomes outcomes;
  @Inject FacesMessages messages;

  private String id;
  private ExchangeProposal proposal;
  private ExchangeProgramme programme;
  private List<ExchangeStay> stays;
  private List<String> conflicts;

  /** The view action: membership, then the proposal (another workspace's answers 404). */
  public void open() {
    getProposal();
  }

  public ExchangeProposal getProposal() {
    if (proposal == null) {
      proposal = read(() -> proposals.find(getProposalId())).orElse(null);
    }
    return proposal;
  }

  public ExchangeProgramme getProgramme() {
    if (programme == null && getProposal() != null) {
      programme = read(() -> programmes.find(getProposal().getProgrammeId())).orElse(null);
    }
    return programme;
  }

  public List<ExchangeStay> getStays() {
    if (stays == null) {
      stays = read(() -> proposals.stays(getProposalId())).orElse(List.of());
    }
    return stays;
  }

  /** Each conflict as the viewer reads it, for a proposal still open. */
  public List<String> getConflicts() {
    if (conflicts == null) {
      conflicts =
          getProposal() == null || !getProposal().getStatus().isOpen()
              ? List.of()
              : read(() -> proposals.conflicts(getProposalId()))
                  .orElse(List.<Conflict>of())
                  .stream()
                  .map(conflict -> messages.text(conflict.key(), conflict.arguments().toArray()))
                  .toList();
    }
    return conflicts;
  }

  /** The viewer's side must answer now (accept, counter, reject) and they coordinate. */
  public boolean isCanAnswer() {
    return isOpenFor(
        me ->
            getProposal().getStatus() != ProposalStatus.AWAITING_APPROVAL
                && ownOrganization(me) == getProposal().getAnsweringOrgId()
                && member.isCoordinator());
  }

  /** For a swap the answering side names its agent, unless it proposed the exchange itself. */
  public boolean isNamesCounterpart() {
    return getProposal() != null
        && getProposal().isSwap()
        && read(() -> ownOrganization(member.get()) != getProposal().getProposingOrgId())
            .orElse(false);
  }

  public boolean isCanWithdraw() {
    return isOpenFor(
        me -> ownOrganization(me) == getProposal().getProposingOrgId() && member.isCoordinator());
  }

  /** An accepted exchange a coordinator of either side may still call off. */
  public boolean isCanCancel() {
    return getProposal() != null
        && getProposal().getStatus() == ProposalStatus.ACCEPTED
        && read(() -> member.canWrite() && member.isCoordinator()).orElse(false);
  }

  public boolean isCanApprove() {
    return isOpenFor(
        me -> {
          Account account = me.getAccount();
          return getProposal().getStatus() == ProposalStatus.AWAITING_APPROVAL
              && ownOrganization(me) == getProposal().getProposingOrgId()
              && (account.getRole() == OrgRole.MANAGER || account.getRole() == OrgRole.ORG_ADMIN);
        });
  }

  public long getProposalId() {
    return Ids.parse(getId(), "proposal");
  }

  public String getId() {
    return id != null ? id : RowParameters.parameter("id");
  }

  public void setId(String id) {
    this.id = id;
  }

  private boolean isOpenFor(Predicate<Membership> allowed) {
    if (getProposal() == null || !getProposal().getStatus().isOpen()) {
      return false;
    }
    return read(() -> member.canWrite() && allowed.test(member.get())).orElse(false);
  }

  private static long ownOrganization(Membership me) {
    return me.getAccount().getOrganization().getId();
  }

  private <T> Optional<T> read(Supplier<T> reading) {
    return outcomes.attempt(
        () -> {
          tenants.workspace();
          return reading.get();
        });
  }
}
