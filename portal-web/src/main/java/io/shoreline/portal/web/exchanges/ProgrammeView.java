package io.shoreline.portal.web.exchanges;

import io.shoreline.portal.exchanges.Blackout;
import io.shoreline.portal.exchanges.ExchangeCalendar;
import io.shoreline.portal.exchanges.ExchangeProgramme;
import io.shoreline.portal.exchanges.ExchangeProposal;
import io.shoreline.portal.exchanges.HostSite;
import io.shoreline.portal.exchanges.Programmes;
import io.shoreline.portal.exchanges.Proposals;
import io.shoreline.portal.tenancy.Partnership;
import io.shoreline.portal.tenancy.isolation.CallerMembership;
import io.shoreline.portal.web.platform.Ids;
import io.shoreline.portal.web.platform.Outcomes;
import io.shoreline.portal.web.platform.PagedRows;
import io.shoreline.portal.web.platform.RowParameters;
import io.shoreline.portal.web.platform.Tenants;
import io.shoreline.portal.web.platform.UserSettings;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.ScheduleModel;

/**
 * Backing bean of app/exchange-programme.xhtml?w=ID&p=PROGRAMME[&site=SITE][&agent=AGENT]: a
 * programme, its host sites and blackout days, its proposals, and the calendar of its accepted
 * stays in the viewer's time zone (all of them, one host site's, or one agent's).
 */
@Named
@RequestScoped
public class ProgrammeView {

  @Inject Tenants tenants;
  @Inject Programmes programmes;
  @Inject Proposals proposals;
  @Inject ExchangeCalendar calendar;
  @Inject CallerMembership member;
  @Inject UserSettings settings;
  @Inject Outcomes outcomes;

  private String p;
  private String site;
  private String agent;
  private ExchangeProgramme programme;
  private List<HostSite> hostSites;
  private List<Blackout> blackouts;
  private LazyDataModel<ExchangeProposal> proposalModel;
  private ScheduleModel schedule;

  @PostConstruct
  void createModel() {
    proposalModel =
        new PagedRows<>(
            outcomes,
            () -> {
              tenants.workspace();
              return proposals.countOfProgramme(getProgrammeId());
            },
            (first, max) -> {
              tenants.workspace();
              return proposals.ofProgramme(getProgrammeId(), first, max);
            },
            ExchangeProposal::getId);
  }

  /** The view action: membership, then the programme (another workspace's answers 404). */
  public void open() {
    getProgramme();
  }

  public ExchangeProgramme getProgramme() {
    if (programme == null) {
      programme =
          outcomes
              .attempt(
                  () -> {
                    tenants.workspace();
                    return programmes.find(getProgrammeId());
                  })
              .orElse(null);
    }
    return programme;
  }

  public Partnership getWorkspace() {
    return outcomes.attempt(() -> tenants.workspace().getPartnership()).orElse(null);
  }

  public List<HostSite> getHostSites() {
    if (hostSites == null) {
      hostSites = read(() -> programmes.hostSites(getProgrammeId())).orElse(List.of());
    }
    return hostSites;
  }

  /** The host site rows as shown, e.g. "3,1": their seats fields are matched by position. */
  public String getHostRowIds() {
    return getHostSites().stream()
        .map(host -> String.valueOf(host.getId()))
        .collect(Collectors.joining(","));
  }

  /** The host sites of the viewer's own side (where the other side's agents come for a swap). */
  public List<HostSite> getOwnHostSites() {
    long mine = ownOrganizationId();
    return getHostSites().stream().filter(host -> host.getOrganizationId() == mine).toList();
  }

  /** The host sites of the other side (where the viewer's agents may go). */
  public List<HostSite> getPartnerHostSites() {
    long mine = ownOrganizationId();
    return getHostSites().stream().filter(host -> host.getOrganizationId() != mine).toList();
  }

  public List<Blackout> getBlackouts() {
    if (blackouts == null) {
      blackouts = read(() -> programmes.blackouts(getProgrammeId())).orElse(List.of());
    }
    return blackouts;
  }

  public ScheduleModel getSchedule() {
    if (schedule == null) {
      String proposalUrl =
          FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
              + "/app/exchange-proposal.xhtml?w="
              + tenants.getWorkspaceId()
              + "&id=";
      Long onlySite = getSiteFilter();
      Long onlyAgent = getAgentFilter();
      schedule =
          new StayCalendar(
              (from, to) ->
                  read(() -> calendar.between(getProgrammeId(), from, to))
                      .orElse(List.of())
                      .stream()
                      .filter(stay -> onlySite == null || stay.getHostSiteId() == onlySite)
                      .filter(stay -> onlyAgent == null || stay.getAgentId() == onlyAgent)
                      .toList(),
              settings.getZone(),
              proposalUrl);
    }
    return schedule;
  }

  public LazyDataModel<ExchangeProposal> getProposals() {
    return proposalModel;
  }

  public boolean isCanArrange() {
    return read(() -> member.canWrite() && member.isCoordinator()).orElse(false);
  }

  public long ownOrganizationId() {
    return read(() -> member.get().getAccount().getOrganization().getId()).orElse(0L);
  }

  /** Whose a host site is, as the viewer reads it: "yours" or the partner's name. */
  public String sideOf(HostSite host) {
    Partnership workspace = getWorkspace();
    if (workspace == null) {
      return "";
    }
    return workspace.getClient().getId() == host.getOrganizationId()
        ? workspace.getClient().getName()
        : workspace.getVendor().getName();
  }

  public long getProgrammeId() {
    return Ids.parse(getP(), "programme");
  }

  public Long getSiteFilter() {
    String value = getSite();
    return value == null || value.isBlank() ? null : Ids.parse(value, "site");
  }

  public Long getAgentFilter() {
    String value = getAgent();
    return value == null || value.isBlank() ? null : Ids.parse(value, "agent");
  }

  public String getAgent() {
    return agent != null ? agent : RowParameters.parameter("agent");
  }

  public void setAgent(String agent) {
    this.agent = agent;
  }

  /** The programme's id: "p", as a row's buttons send their record as "id". */
  public String getP() {
    return p != null ? p : RowParameters.parameter("p");
  }

  public void setP(String p) {
    this.p = p;
  }

  public String getSite() {
    return site != null ? site : RowParameters.parameter("site");
  }

  public void setSite(String site) {
    this.site = site;
  }

  private <T> Optional<T> read(Supplier<T> reading) {
    return outcomes.attempt(
        () -> {
          tenants.workspace();
          return reading.get();
        });
  }
}
