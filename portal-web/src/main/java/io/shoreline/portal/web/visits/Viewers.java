package io.shoreline.portal.web.visits;

import io.shoreline.portal.identity.Account;
import io.shoreline.portal.web.platform.UserSettings;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Locale;

/** A downloading account's language and zone, as the pages' UserSettings read them. */
final class Viewers {

  private Viewers() {}

  static ZoneId zone(Account viewer) {
    try {
      return ZoneId.of(viewer.getTimeZone());
    } catch (DateTimeException | NullPointerException e) {
      return ZoneId.of("UTC");
    }
  }

  static Locale locale(Account viewer) {
    String language = viewer.getLanguage();
    return Locale.forLanguageTag(UserSettings.LANGUAGES.contains(language) ? language : "en");
  }
}
