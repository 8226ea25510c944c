package io.shoreline.portal.web.exchanges;

import io.shoreline.portal.exchanges.ExchangeCalendar;
import io.shoreline.portal.exchanges.ExchangeProposal;
import io.shoreline.portal.exchanges.ExchangeStay;
import io.shoreline.portal.exchanges.Proposals;
import io.shoreline.portal.platform.TimeSource;
import io.shoreline.portal.web.platform.Outcomes;
import io.shoreline.portal.web.platform.Tenants;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The workspace home's exchanges: the next accepted stays, and proposals waiting for the viewer.
 */
@Named
@RequestScoped
public class ExchangeHome {

  static final int SHOWN = 5;

  @Inject Tenants tenants;
  @Inject ExchangeCalendar calendar;
  @Inject Proposals proposals;
  @Inject TimeSource time;
  @Inject Outcomes outcomes;

  private List<ExchangeStay> upcoming;
  private List<ExchangeProposal> waiting;

  public List<ExchangeStay> getUpcoming() {
    if (upcoming == null) {
      upcoming =
          outcomes
              .attempt(
                  () -> {
                    tenants.workspace();
                    return calendar.upcoming(time.now(), SHOWN);
                  })
              .orElse(List.of());
    }
    return upcoming;
  }

  public List<ExchangeProposal> getWaiting() {
    if (waiting == null) {
      waiting =
          outcomes
              .attempt(
                  () -> {
                    tenants.workspace();
                    return proposals.waitingForCaller(SHOWN);
                  })
              .orElse(List.of());
    }
    return waiting;
  }
}
