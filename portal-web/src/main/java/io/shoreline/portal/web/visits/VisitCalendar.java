package io.shoreline.portal.web.visits;

import io.shoreline.portal.visits.SiteVisit;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.function.BiFunction;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;

/**
 * The visits of the window a p:schedule shows, read when it asks. The schedule runs in UTC on both
 * ends, and the events carry the viewer's wall-clock times: so everyone sees their own zone
 * whatever their browser's. Made per request, so it never outlives the reader it holds.
 */
public class VisitCalendar extends LazyScheduleModel {

  private static final long serialVersionUID = 1L;

  private final transient BiFunction<Instant, Instant, List<SiteVisit>> visits;
  private final transient ZoneId viewerZone;
  private final transient String visitUrl;

  /** {@code visitUrl} is the visit page's address without the visit's id at its end. */
  public VisitCalendar(
      BiFunction<Instant, Instant, List<SiteVisit>> visits, ZoneId viewerZone, String visitUrl) {
    this.visits = visits;
    this.viewerZone = viewerZone;
    this.visitUrl = visitUrl;
  }

  @Override
  public void loadEvents(LocalDateTime start, LocalDateTime end) {
    Instant from = start.atZone(viewerZone).toInstant();
    Instant to = end.atZone(viewerZone).toInstant();
    for (SiteVisit visit : visits.apply(from, to)) {
      addEvent(
          DefaultScheduleEvent.builder()
              .id(String.valueOf(visit.getId()))
              .title(visit.getSiteName())
              .startDate(LocalDateTime.ofInstant(visit.getStartsAt(), viewerZone))
              .endDate(LocalDateTime.ofInstant(visit.getEndsAt(), viewerZone))
              .url(visitUrl + visit.getId())
              .styleClass("visit-event visit-" + visit.getStatus().name().toLowerCase())
              .build());
    }
  }
}
