package io.shoreline.bench.load;

import java.util.HashMap;
import java.util.Map;

/** {@code --name value} options of the command line, with defaults. */
final class Settings {

  private final Map<String, String> values = new HashMap<>();

  Settings(String[] args, int from) {
    for (int i = from; i < args.length; i++) {
      if (!args[i].startsWith("--")) {
        throw new IllegalArgumentException("expected --option, got " + args[i]);
      }
      boolean flag = i + 1 == args.length || args[i + 1].startsWith("--");
      values.put(args[i].substring(2), flag ? "true" : args[++i]);
    }
  }

  String text(String name) {
    String value = values.get(name);
    if (value == null) {
      throw new IllegalArgumentException("--" + name + " is required");
    }
    return value;
  }

  String text(String name, String otherwise) {
    return values.getOrDefault(name, otherwise);
  }

  int number(String name, int otherwise) {
    return values.containsKey(name) ? Integer.parseInt(values.get(name)) : otherwise;
  }

  boolean flag(String name) {
    return Boolean.parseBoolean(values.getOrDefault(name, "false"));
  }

  /** A portal under test: its base URL and its dataset's database. */
  Target target(String prefix) {
    return new Target(
        text(prefix + "portal").replaceAll("/+$", ""),
        text(prefix + "db"),
        text("db-user", "root"),
        text("db-password", ""));
  }

  record Target(String base, String jdbcUrl, String dbUser, String dbPassword) {
    Dataset dataset() throws java.sql.SQLException {
      return Dataset.open(jdbcUrl, dbUser, dbPassword);
    }
  }
}
