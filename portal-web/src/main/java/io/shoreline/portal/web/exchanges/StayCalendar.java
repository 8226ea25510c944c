package io.shoreline.portal.web.exchanges;

import io.shoreline.portal.exchanges.ExchangeStay;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.function.BiFunction;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;

/**
 * The accepted stays of the window a p:schedule shows, read when it asks, in the viewer's time zone
 * (the schedule runs in UTC on both ends, like the visits' calendar). Each opens its proposal.
 */
public class StayCalendar extends LazyScheduleModel {

  private static final long serialVersionUID = 1L;

  private final transient BiFunction<Instant, Instant, List<ExchangeStay>> stays;
  private final transient ZoneId viewerZone;
  private final transient String proposalUrl;

  /** {@code proposalUrl} is the proposal page's address without the proposal's id at its end. */
  public StayCalendar(
      BiFunction<Instant, Instant, List<ExchangeStay>> stays,
      ZoneId viewerZone,
      String proposalUrl) {
    this.stays = stays;
    this.viewerZone = viewerZone;
    this.proposalUrl = proposalUrl;
  }

  @Override
  public void loadEvents(LocalDateTime start, LocalDateTime end) {
    Instant from = start.atZone(viewerZone).toInstant();
    Instant to = end.atZone(viewerZone).toInstant();
    for (ExchangeStay stay : stays.apply(from, to)) {
      addEvent(
          DefaultScheduleEvent.builder()
              .id(String.valueOf(stay.getId()))
              .title(stay.getAgentName() + " · " + stay.getHostSiteName())
              .startDate(LocalDateTime.ofInstant(stay.getStartsAt(), viewerZone))
              .endDate(LocalDateTime.ofInstant(stay.getEndsAt(), viewerZone))
              .url(proposalUrl + stay.getProposalId())
              .styleClass("exchange-stay")
              .build());
    }
  }
}
