package io.shoreline.portal.sites;

import io.shoreline.portal.platform.RuleViolation;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;

/** What a person enters about a site; {@link #validated()} checks and tidies it. */
public record SiteDetails(
    String name, String city, String country, String timeZone, int seatCapacity) {

  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
  static final int MAX_SEATS = 100_000;

  SiteDetails validated() {
    String cleanName = name == null ? "" : name.strip();
    String cleanCity = city == null ? "" : city.strip();
    String cleanCountry = country == null ? "" : country.strip().toUpperCase(Locale.ROOT);
    if (cleanName.isEmpty() || cleanName.length() > 200) {
      throw new RuleViolation("sites.nameRequired");
    }
    if (cleanCity.isEmpty() || cleanCity.length() > 100) {
      throw new RuleViolation("sites.cityRequired");
    }
    if (!COUNTRIES.contains(cleanCountry)) {
      throw new RuleViolation("sites.countryUnknown", country);
    }
    try {
      ZoneId.of(timeZone == null ? "" : timeZone);
    } catch (DateTimeException e) {
      throw new RuleViolation("sites.zoneUnknown", timeZone);
    }
    if (seatCapacity < 0 || seatCapacity > MAX_SEATS) {
      throw new RuleViolation("sites.seats", MAX_SEATS);
    }
    return new SiteDetails(cleanName, cleanCity, cleanCountry, timeZone, seatCapacity);
  }
}
