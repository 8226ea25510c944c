package io.shoreline.portal.web.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The time zones a person picks from: the regions' zones by name (no legacy aliases), and UTC. */
@Named
@ApplicationScoped
public class TimeZones {

  private static final int SUGGESTIONS = 30;
  private static final Pattern REGION =
      Pattern.compile(
          "(Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific)/.+");

  private final List<String> all =
      Stream.concat(
              Stream.of("UTC"),
              ZoneId.getAvailableZoneIds().stream()
                  .filter(zone -> REGION.matcher(zone).matches())
                  .sorted())
          .toList();

  /** For p:autoComplete: the zones whose name contains what was typed ("paris", "new_y"). */
  public List<String> complete(String query) {
    String typed = query == null ? "" : query.strip().toLowerCase(Locale.ROOT).replace(' ', '_');
    return all.stream()
        .filter(zone -> zone.toLowerCase(Locale.ROOT).contains(typed))
        .limit(SUGGESTIONS)
        .toList();
  }
}
