package io.shoreline.portal.apitokens;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Notes that a machine's token (an API or a SCIM token) was used, at most once a minute: a
 * conditional native UPDATE of its global row. Native, because EclipseLink's JPQL bulk UPDATE
 * raises the version, and an admin's page open on the token (to revoke it) would then be refused as
 * changed meanwhile; it enters no audit trail either.
 */
public final class LastUse {

  public static final Duration RESOLUTION = Duration.ofMinutes(1);

  /** The global tables of machine tokens, each with an id and a last_used_at column. */
  public enum Table {
    API_TOKEN("api_token"),
    SCIM_TOKEN("scim_token");

    private final String name;

    Table(String name) {
      this.name = name;
    }
  }

  private LastUse() {}

  /** Notes the use now unless the token's last use, as read, is less than a minute old. */
  public static void note(EntityManager em, Table table, long id, Instant lastUsed, Instant now) {
    Instant threshold = now.minus(RESOLUTION);
    if (lastUsed != null && lastUsed.isAfter(threshold)) {
      return;
    }
    // another node may have noted it meanwhile: the condition keeps it to one write a minute
    em.createNativeQuery(
            "UPDATE "
                + table.name
                + " SET last_used_at = ?1 WHERE id = ?2"
                + " AND (last_used_at IS NULL OR last_used_at < ?3)")
        .setHint("eclipselink.jdbc.allow-native-sql-query", "true")
        .setParameter(1, LocalDateTime.ofInstant(now, ZoneOffset.UTC)) // as UtcInstantConverter
        .setParameter(2, id)
        .setParameter(3, LocalDateTime.ofInstant(threshold, ZoneOffset.UTC))
        .executeUpdate();
  }
}
