package io.shoreline.portal.web.isolation;

import static io.shoreline.portal.testing.DemoLogins.ATLAS_ADMIN;

import io.shoreline.portal.exchanges.ExchangeProgramme;
import io.shoreline.portal.exchanges.ExchangeProposal;
import io.shoreline.portal.exchanges.ExchangeSites;
import io.shoreline.portal.exchanges.HostSite;
import io.shoreline.portal.exchanges.NewProposal;
import io.shoreline.portal.exchanges.PartnerSite;
import io.shoreline.portal.exchanges.ProgrammeDetails;
import io.shoreline.portal.exchanges.Programmes;
import io.shoreline.portal.exchanges.Proposals;
import io.shoreline.portal.roster.Agent;
import io.shoreline.portal.roster.Roster;
import io.shoreline.portal.tenancy.isolation.TenantAccess;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;

/**
 * An exchange programme of one workspace (made once), hosted by the client's first site and the
 * vendor's Casablanca, with a blackout day, and a swap the vendor proposed that the client's
 * coordinators answer: so the attackers' own pages show every button. Ids go under the prefix.
 */
@RequestScoped
public class ExchangeVictims {

  private static final String NAME = "Adversarial exchange";

  @Inject TenantAccess access;
  @Inject Programmes programmes;
  @Inject Proposals proposals;
  @Inject ExchangeSites sites;
  @Inject Roster roster;

  void exchangesOf(String prefix, long workspace, String clientAdmin, Map<String, String> ids) {
    access.openWorkspace(workspace, clientAdmin);
    ExchangeProgramme programme =
        programmes.page(0, 100).stream()
            .filter(existing -> existing.getName().equals(NAME))
            .findFirst()
            .orElseGet(() -> programmeHostedByBothSides(workspace, clientAdmin));
    ids.put(prefix + "Programme", programme.getId() + "");
    HostSite host = programmes.hostSites(programme.getId()).get(0);
    ids.put(prefix + "HostSite", host.getId() + "");
    ids.put(prefix + "HostSiteVersion", host.getVersion() + "");
    ids.put(prefix + "Blackout", programmes.blackouts(programme.getId()).get(0).getId() + "");
    ExchangeProposal proposal = proposals.ofProgramme(programme.getId(), 0, 1).get(0);
    ids.put(prefix + "Proposal", proposal.getId() + "");
    ids.put(prefix + "ProposalVersion", proposal.getVersion() + "");
  }

  private ExchangeProgramme programmeHostedByBothSides(long workspace, String clientAdmin) {
    ExchangeProgramme programme =
        programmes.create(
            new ProgrammeDetails(
                NAME, "Only this workspace", LocalDate.now(), LocalDate.now().plusYears(1), false));
    long clientSite =
        sites.all().stream()
            .filter(site -> site.organizationId() == access.caller().getOrganization().getId())
            .findFirst()
            .map(PartnerSite::id)
            .orElseThrow();
    long casablanca =
        sites.all().stream()
            .filter(site -> site.name().equals("Casablanca"))
            .findFirst()
            .map(PartnerSite::id)
            .orElseThrow();
    programmes.addHostSite(programme.getId(), clientSite, 2);
    programmes.addHostSite(programme.getId(), casablanca, 2);
    programmes.addBlackout(programme.getId(), LocalDate.now().plusDays(40), "Sales");
    access.openWorkspace(workspace, ATLAS_ADMIN);
    Agent agent = roster.page(0, 1).get(0);
    LocalDate day = LocalDate.now().plusDays(30);
    proposals.propose(
        new NewProposal(
            programme.getId(),
            agent.getId(),
            clientSite,
            day.atTime(9, 0),
            day.plusDays(2).atTime(17, 0),
            casablanca,
            "Adversarial"));
    access.openWorkspace(workspace, clientAdmin);
    return programme;
  }
}
