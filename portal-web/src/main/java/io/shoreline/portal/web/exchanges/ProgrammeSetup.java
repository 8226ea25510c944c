package io.shoreline.portal.web.exchanges;

import io.shoreline.portal.exchanges.ExchangeSites;
import io.shoreline.portal.exchanges.PartnerSite;
import io.shoreline.portal.exchanges.Programmes;
import io.shoreline.portal.platform.ChangedMeanwhileException;
import io.shoreline.portal.web.platform.FacesMessages;
import io.shoreline.portal.web.platform.Outcomes;
import io.shoreline.portal.web.platform.RowParameters;
import io.shoreline.portal.web.platform.Tenants;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The coordinators' changes on app/exchange-programme.xhtml: which sites host and with how many
 * seats per day, and the blackout days. Each change redirects back to the programme.
 */
@Named
@RequestScoped
public class ProgrammeSetup {

  @Inject Tenants tenants;
  @Inject Programmes programmes;
  @Inject ExchangeSites sites;
  @Inject ProgrammeView view;
  @Inject Outcomes outcomes;
  @Inject FacesMessages messages;

  private Long siteId;
  private Integer seats;
  private final Map<Long, Integer> seatsByHost = new HashMap<>();
  private LocalDate day;
  private String reason;
  private List<PartnerSite> siteChoices;

  public String addHostSite() {
    return change(
        () -> {
          programmes.addHostSite(view.getProgrammeId(), siteId == null ? 0 : siteId, seatsOrNone());
          messages.info("exchanges.hostSiteAdded");
        });
  }

  /** A host site row's seats: its "id" and "version", and its own seats field. */
  public String changeSeats() {
    return change(
        () -> {
          // the fields are matched to rows by position: the rows must be the ones shown
          if (!view.getHostRowIds().equals(RowParameters.parameter("rows"))) {
            throw new ChangedMeanwhileException("programme", view.getProgrammeId());
          }
          long id = RowParameters.id("host site");
          Integer newSeats = seatsByHost.get(id);
          programmes.changeSeats(id, RowParameters.version(), newSeats == null ? 0 : newSeats);
          messages.info("exchanges.seatsChanged");
        });
  }

  public String addBlackout() {
    return change(
        () -> {
          programmes.addBlackout(view.getProgrammeId(), day, reason);
          messages.info("exchanges.blackoutAdded");
        });
  }

  public String removeBlackout() {
    return change(
        () -> {
          programmes.removeBlackout(RowParameters.id("blackout"));
          messages.info("exchanges.blackoutRemoved");
        });
  }

  /** Sites of both sides that do not host yet. */
  public List<PartnerSite> getSiteChoices() {
    if (siteChoices == null) {
      siteChoices =
          outcomes
              .attempt(
                  () -> {
                    tenants.workspace();
                    List<Long> hosting =
                        view.getHostSites().stream().map(host -> host.getSiteId()).toList();
                    return sites.all().stream()
                        .filter(site -> !hosting.contains(site.id()))
                        .toList();
                  })
              .orElse(List.of());
    }
    return siteChoices;
  }

  private String change(Runnable step) {
    boolean done =
        outcomes.attempt(
            () -> {
              tenants.workspace();
              step.run();
            });
    return done
        ? "/app/exchange-programme?faces-redirect=true&w="
            + tenants.getWorkspaceId()
            + "&p="
            + view.getProgrammeId()
        : null;
  }

  private int seatsOrNone() {
    return seats == null ? 0 : seats;
  }

  public Long getSiteId() {
    return siteId;
  }

  public void setSiteId(Long siteId) {
    this.siteId = siteId;
  }

  /** Each host site row's seats field, by the host site's id. */
  public Map<Long, Integer> getSeatsByHost() {
    if (seatsByHost.isEmpty()) {
      view.getHostSites().forEach(host -> seatsByHost.put(host.getId(), host.getSeatsPerDay()));
    }
    return seatsByHost;
  }

  public Integer getSeats() {
    return seats;
  }

  public void setSeats(Integer seats) {
    this.seats = seats;
  }

  public LocalDate getDay() {
    return day;
  }

  public void setDay(LocalDate day) {
    this.day = day;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
