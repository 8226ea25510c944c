package io.shoreline.portal.web.exchanges;

import io.shoreline.portal.exchanges.ExchangeStay;
import java.lang.reflect.Field;
import java.time.Instant;
import java.util.Map;

/**
 * Accepted stays as the domain reads them, made without a database: the fields are set the way JPA
 * sets them when it loads a row.
 */
final class SampleStays {

  static final long PROGRAMME = 7;

  private SampleStays() {}

  static ExchangeStay stay(
      long id, String agent, String site, String zone, String startsAt, String endsAt) {
    return stay(id, PROGRAMME, agent, site, zone, startsAt, endsAt);
  }

  static ExchangeStay stay(
      long id,
      long programmeId,
      String agent,
      String site,
      String zone,
      String startsAt,
      String endsAt) {
    return entity(
        Map.ofEntries(
            Map.entry("id", id),
            Map.entry("proposalId", 90L + id),
            Map.entry("programmeId", programmeId),
            Map.entry("organizationId", 3L),
            Map.entry("agentId", 40L + id),
            Map.entry("agentName", agent),
            Map.entry("hostSiteId", 5L),
            Map.entry("hostSiteName", site),
            Map.entry("hostTimeZone", zone),
            Map.entry("startsAt", Instant.parse(startsAt)),
            Map.entry("endsAt", Instant.parse(endsAt)),
            Map.entry("accepted", true),
            Map.entry("version", 2L)));
  }

  private static ExchangeStay entity(Map<String, Object> fields) {
    try {
      var constructor = ExchangeStay.class.getDeclaredConstructor();
      constructor.setAccessible(true);
      ExchangeStay stay = constructor.newInstance();
      for (var field : fields.entrySet()) {
        Field declared = ExchangeStay.class.getDeclaredField(field.getKey());
        declared.setAccessible(true);
        declared.set(stay, field.getValue());
      }
      return stay;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
