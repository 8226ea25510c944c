package io.shoreline.portal.web.sites;

import io.shoreline.portal.web.platform.UserSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** ISO 3166 countries by their names in the viewer's language, for selects and tables. */
@Named
@ApplicationScoped
public class Countries {

  /**
   * An ISO 3166-1 alpha-2 code and its name in one language (with getters: Faces 4's EL does not
   * read record components).
   */
  public record Country(String code, String name) {
    public String getCode() {
      return code;
    }

    public String getName() {
      return name;
    }
  }

  @Inject UserSettings settings;

  private final Map<Locale, List<Country>> byLanguage = new ConcurrentHashMap<>();

  /** Every country, sorted by name in the viewer's language. */
  public List<Country> getAll() {
    Locale viewer = settings.getLocale();
    return byLanguage.computeIfAbsent(
        viewer,
        locale ->
            Arrays.stream(Locale.getISOCountries())
                .map(code -> new Country(code, name(code, locale)))
                .sorted(Comparator.comparing(Country::name, Collator.getInstance(locale)))
                .toList());
  }

  /** The country's name in the viewer's language (the code itself if it is none). */
  public String name(String code) {
    return code == null ? "" : name(code, settings.getLocale());
  }

  private static String name(String code, Locale language) {
    return new Locale.Builder().setRegion(code).build().getDisplayCountry(language);
  }
}
