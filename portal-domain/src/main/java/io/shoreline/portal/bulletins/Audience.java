package io.shoreline.portal.bulletins;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whom of the other side a bulletin is for: chosen sites and/or teams, or everyone when neither is
 * chosen. A member matches when their site or their team is chosen.
 */
public record Audience(Set<Long> siteIds, Set<String> teams) {

  public static final int TEAM_LENGTH = 80;

  public Audience {
    siteIds = Set.copyOf(siteIds == null ? Set.of() : siteIds);
    teams =
        (teams == null ? Set.<String>of() : teams)
            .stream()
                .filter(team -> team != null && !team.isBlank())
                .map(String::strip)
                .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  public static Audience everyone() {
    return new Audience(Set.of(), Set.of());
  }

  public boolean isEveryone() {
    return siteIds.isEmpty() && teams.isEmpty();
  }

  /** Whether a member working at this site (or none) in this team (or none) is addressed. */
  public boolean includes(Long siteId, String team) {
    if (isEveryone()) {
      return true;
    }
    if (siteId != null && siteIds.contains(siteId)) {
      return true;
    }
    return team != null && teams.stream().anyMatch(chosen -> same(chosen, team));
  }

  /** "12,15": how the chosen sites are stored. */
  public String sitesColumn() {
    return siteIds.stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
  }

  /** The chosen teams, one per line as stored (a team name may hold a comma). */
  public String teamsColumn() {
    return String.join("\n", teams);
  }

  public static Audience fromColumns(String sites, String teams) {
    Set<Long> ids =
        Arrays.stream(sites == null ? new String[0] : sites.split(","))
            .filter(text -> !text.isBlank())
            .map(text -> Long.valueOf(text.strip()))
            .collect(Collectors.toSet());
    Set<String> names =
        new LinkedHashSet<>(Arrays.asList((teams == null ? "" : teams).split("\n")));
    return new Audience(ids, names);
  }

  private static boolean same(String a, String b) {
    return a.strip().toLowerCase(Locale.ROOT).equals(b.strip().toLowerCase(Locale.ROOT));
  }
}
