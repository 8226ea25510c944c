package io.shoreline.portal.web.platform;

import io.shoreline.portal.identity.Account;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;

/**
 * The viewer's language and time zone for this session: negotiated from the browser at first, the
 * account's once signed in. Plain data, so the session replicates across the cluster.
 */
@Named
@SessionScoped
public class UserSettings implements Serializable {

  private static final long serialVersionUID = 1L;
  public static final Set<String> LANGUAGES = Set.of("en", "fr");

  private Locale locale;
  private ZoneId zone = ZoneId.of("UTC");

  public Locale getLocale() {
    if (locale == null) {
      Locale requested = FacesContext.getCurrentInstance().getExternalContext().getRequestLocale();
      setLanguage(requested == null ? "en" : requested.getLanguage());
    }
    return locale;
  }

  public ZoneId getZone() {
    return zone;
  }

  /** Falls back to English for a language the portal does not speak. */
  public void setLanguage(String language) {
    locale = Locale.forLanguageTag(LANGUAGES.contains(language) ? language : "en");
  }

  /** Adopts the signed-in account's preferences. */
  public void apply(Account account) {
    setLanguage(account.getLanguage());
    try {
      zone = ZoneId.of(account.getTimeZone());
    } catch (DateTimeException e) {
      zone = ZoneId.of("UTC");
    }
  }
}
