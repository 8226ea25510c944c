package io.shoreline.portal.roster;

import io.shoreline.portal.platform.RuleViolation;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What a person enters about an agent; {@link #validated()} checks and tidies it. */
public record AgentDetails(String name, String languages, String skills, boolean active) {

  AgentDetails validated() {
    String cleanName = name == null ? "" : name.strip();
    if (cleanName.isEmpty() || cleanName.length() > 200) {
      throw new RuleViolation("agents.nameRequired");
    }
    String cleanLanguages = list(languages).toLowerCase(Locale.ROOT);
    if (cleanLanguages.isEmpty() || cleanLanguages.length() > 200) {
      throw new RuleViolation("agents.languagesRequired");
    }
    String cleanSkills = list(skills);
    if (cleanSkills.length() > 500) {
      throw new RuleViolation("agents.skillsTooLong", 500);
    }
    return new AgentDetails(cleanName, cleanLanguages, cleanSkills, active);
  }

  /** "fr, en ,," becomes "fr, en". */
  private static String list(String text) {
    return Arrays.stream(text == null ? new String[0] : text.split(","))
        .map(String::strip)
        .filter(item -> !item.isEmpty())
        .collect(Collectors.joining(", "));
  }
}
