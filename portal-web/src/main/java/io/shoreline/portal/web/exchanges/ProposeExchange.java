package io.shoreline.portal.web.exchanges;

import io.shoreline.portal.exchanges.ExchangeProposal;
import io.shoreline.portal.exchanges.NewProposal;
import io.shoreline.portal.exchanges.Proposals;
import io.shoreline.portal.roster.Agent;
import io.shoreline.portal.roster.Roster;
import io.shoreline.portal.web.platform.FacesMessages;
import io.shoreline.portal.web.platform.Ids;
import io.shoreline.portal.web.platform.Outcomes;
import io.shoreline.portal.web.platform.Tenants;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The proposal form of app/exchange-programme.xhtml: an active agent of the coordinator's own
 * roster (found by name), a host site of the other side, the times on that site's clock, and for a
 * swap the own side's site that hosts the agent coming the other way.
 */
@Named
@RequestScoped
public class ProposeExchange {

  static final int SUGGESTIONS = 10;

  @Inject Tenants tenants;
  @Inject Proposals proposals;
  @Inject Roster roster;
  @Inject ProgrammeView view;
  @Inject Outcomes outcomes;
  @Inject FacesMessages messages;

  /** The chosen agent's id, as the autocomplete submits it. */
  private String agent;

  private Long hostSiteId;
  private LocalDateTime start;
  private LocalDateTime end;
  private Long swapHostSiteId;
  private String note;

  public List<Agent> complete(String query) {
    return outcomes
        .attempt(
            () -> {
              tenants.workspace();
              return roster.activeNamed(query, SUGGESTIONS);
            })
        .orElse(List.of());
  }

  /** A suggestion's label; empty for what is not an agent (the submitted id on a re-render). */
  public String label(Object suggestion) {
    return suggestion instanceof Agent found
        ? found.getName() + " · " + found.getSite().getName()
        : "";
  }

  public String propose() {
    return outcomes
        .attempt(
            () -> {
              tenants.workspace();
              ExchangeProposal proposal =
                  proposals.propose(
                      new NewProposal(
                          view.getProgrammeId(),
                          agent == null || agent.isBlank() ? 0 : Ids.parse(agent, "agent"),
                          hostSiteId == null ? 0 : hostSiteId,
                          start,
                          end,
                          swapHostSiteId,
                          note));
              messages.info("exchanges.proposed");
              return "/app/exchange-proposal?faces-redirect=true&w="
                  + tenants.getWorkspaceId()
                  + "&id="
                  + proposal.getId();
            })
        .orElse(null);
  }

  public String getAgent() {
    return agent;
  }

  public void setAgent(String agent) {
    this.agent = agent;
  }

  public Long getHostSiteId() {
    return hostSiteId;
  }

  public void setHostSiteId(Long hostSiteId) {
    this.hostSiteId = hostSiteId;
  }

  public LocalDateTime getStart() {
    return start;
  }

  public void setStart(LocalDateTime start) {
    this.start = start;
  }

  public LocalDateTime getEnd() {
    return end;
  }

  public void setEnd(LocalDateTime end) {
    this.end = end;
  }

  public Long getSwapHostSiteId() {
    return swapHostSiteId;
  }

  public void setSwapHostSiteId(Long swapHostSiteId) {
    this.swapHostSiteId = swapHostSiteId;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
