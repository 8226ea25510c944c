package io.shoreline.portal.visits;

import io.shoreline.portal.platform.RuleViolation;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * What a person plans: the site, start and end as the site's wall clock shows them, the purpose,
 * and who comes (client visitors) and who receives them (vendor hosts), by account id.
 */
public record VisitPlan(
    long siteId,
    LocalDateTime start,
    LocalDateTime end,
    String purpose,
    List<Long> visitorIds,
    List<Long> hostIds) {

  static final int PURPOSE_LENGTH = 2000;
  static final Duration LONGEST = Duration.ofDays(31);

  public VisitPlan {
    purpose = purpose == null ? "" : purpose.strip();
    visitorIds = visitorIds == null ? List.of() : List.copyOf(visitorIds);
    hostIds = hostIds == null ? List.of() : List.copyOf(hostIds);
  }

  /** The plan, or the first rule it breaks; times are checked in the site's zone. */
  VisitPlan validated(ZoneId siteZone) {
    if (start == null || end == null) {
      throw new RuleViolation("visits.timesRequired");
    }
    if (!startsAt(siteZone).isBefore(endsAt(siteZone))) {
      throw new RuleViolation("visits.endBeforeStart");
    }
    // by the site's wall clock: a month that gains an hour in autumn is still a month
    if (Duration.between(start, end).compareTo(LONGEST) > 0) {
      throw new RuleViolation("visits.tooLong", LONGEST.toDays());
    }
    if (purpose.isEmpty()) {
      throw new RuleViolation("visits.purposeRequired");
    }
    if (purpose.length() > PURPOSE_LENGTH) {
      throw new RuleViolation("visits.purposeTooLong", PURPOSE_LENGTH);
    }
    if (visitorIds.isEmpty()) {
      throw new RuleViolation("visits.visitorRequired");
    }
    return this;
  }

  /** The start on the site's clock as an instant (a time in a spring-forward gap moves on). */
  Instant startsAt(ZoneId siteZone) {
    return start.atZone(siteZone).toInstant();
  }

  Instant endsAt(ZoneId siteZone) {
    return end.atZone(siteZone).toInstant();
  }
}
