package io.shoreline.portal.exchanges;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The seats accepted stays already take at host sites, per site and host local day. A stay being
 * re-checked (an edited proposal) must not be among the accepted stays, or it counts against
 * itself.
 */
public final class SeatsTaken {

  private final Map<Long, Map<LocalDate, Integer>> bySiteAndDay = new HashMap<>();

  public SeatsTaken(List<Stay> acceptedStays) {
    for (Stay stay : acceptedStays) {
      Map<LocalDate, Integer> byDay =
          bySiteAndDay.computeIfAbsent(stay.hostSiteId(), site -> new HashMap<>());
      stay.days().forEach(day -> byDay.merge(day, 1, Integer::sum));
    }
  }

  public static SeatsTaken none() {
    return new SeatsTaken(List.of());
  }

  /** How many accepted stays occupy the site on that local day. */
  public int on(long siteId, LocalDate day) {
    return bySiteAndDay.getOrDefault(siteId, Map.of()).getOrDefault(day, 0);
  }
}
