package io.shoreline.portal.web.platform;

import io.shoreline.portal.identity.Account;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Locale;

/** A downloading account's language and zone, as the pages' UserSettings read them. */
public final class Viewers {

  private Viewers() {}

  public static ZoneId zone(Account viewer) {
    try {
      return ZoneId.of(viewer.getTimeZone());
    } catch (DateTimeException | NullPointerException e) {
      return ZoneId.of("UTC");
    }
  }

  public static Locale locale(Account viewer) {
    String language = viewer.getLanguage();
    return Locale.forLanguageTag(UserSettings.LANGUAGES.contains(language) ? language : "en");
  }
}
