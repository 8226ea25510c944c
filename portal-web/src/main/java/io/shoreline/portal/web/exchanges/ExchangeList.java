package io.shoreline.portal.web.exchanges;

import io.shoreline.portal.exchanges.ExchangeProgramme;
import io.shoreline.portal.exchanges.ExchangeProposal;
import io.shoreline.portal.exchanges.ProgrammeDetails;
import io.shoreline.portal.exchanges.Programmes;
import io.shoreline.portal.exchanges.Proposals;
import io.shoreline.portal.tenancy.Partnership;
import io.shoreline.portal.tenancy.isolation.CallerMembership;
import io.shoreline.portal.web.platform.FacesMessages;
import io.shoreline.portal.web.platform.Outcomes;
import io.shoreline.portal.web.platform.PagedRows;
import io.shoreline.portal.web.platform.Tenants;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import org.primefaces.model.LazyDataModel;

/**
 * Backing bean of app/exchanges.xhtml?w=ID: the workspace's exchange programmes, the proposals
 * waiting for the viewer's side, and for coordinators the form that sets up a programme.
 */
@Named
@RequestScoped
public class ExchangeList {

  public static final int PAGE_SIZE = 20;
  static final int WAITING_SHOWN = 20;

  @Inject Tenants tenants;
  @Inject Programmes programmes;
  @Inject Proposals proposals;
  @Inject CallerMembership member;
  @Inject Outcomes outcomes;
  @Inject FacesMessages messages;

  private LazyDataModel<ExchangeProgramme> model;
  private Partnership workspace;
  private List<ExchangeProposal> waiting;
  private String name;
  private String purpose;
  private LocalDate startsOn;
  private LocalDate endsOn;
  private boolean managerApproval;

  @PostConstruct
  void createModel() {
    model =
        new PagedRows<>(
            outcomes,
            () -> {
              tenants.workspace();
              return programmes.count();
            },
            (first, max) -> {
              tenants.workspace();
              return programmes.page(first, max);
            },
            ExchangeProgramme::getId);
  }

  /** The view action: checks membership before anything of the workspace is read. */
  public void open() {
    getWorkspace();
  }

  public String create() {
    return outcomes
        .attempt(
            () -> {
              tenants.workspace();
              ExchangeProgramme programme =
                  programmes.create(
                      new ProgrammeDetails(name, purpose, startsOn, endsOn, managerApproval));
              messages.info("exchanges.created", programme.getName());
              return "/app/exchange-programme?faces-redirect=true&w="
                  + tenants.getWorkspaceId()
                  + "&p="
                  + programme.getId();
            })
        .orElse(null);
  }

  public Partnership getWorkspace() {
    if (workspace == null) {
      workspace = outcomes.attempt(() -> tenants.workspace().getPartnership()).orElse(null);
    }
    return workspace;
  }

  /** Proposals the viewer's side answers (or, for a manager, approves). */
  public List<ExchangeProposal> getWaiting() {
    if (waiting == null) {
      waiting =
          outcomes
              .attempt(
                  () -> {
                    tenants.workspace();
                    return proposals.waitingForCaller(WAITING_SHOWN);
                  })
              .orElse(List.of());
    }
    return waiting;
  }

  public boolean isCanArrange() {
    return outcomes
        .attempt(
            () -> {
              tenants.workspace();
              return member.canWrite() && member.isCoordinator();
            })
        .orElse(false);
  }

  public LazyDataModel<ExchangeProgramme> getModel() {
    return model;
  }

  public int getPageSize() {
    return PAGE_SIZE;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getPurpose() {
    return purpose;
  }

  public void setPurpose(String purpose) {
    this.purpose = purpose;
  }

  public LocalDate getStartsOn() {
    return startsOn;
  }

  public void setStartsOn(LocalDate startsOn) {
    this.startsOn = startsOn;
  }

  public LocalDate getEndsOn() {
    return endsOn;
  }

  public void setEndsOn(LocalDate endsOn) {
    this.endsOn = endsOn;
  }

  public boolean isManagerApproval() {
    return managerApproval;
  }

  public void setManagerApproval(boolean managerApproval) {
    this.managerApproval = managerApproval;
  }
}
