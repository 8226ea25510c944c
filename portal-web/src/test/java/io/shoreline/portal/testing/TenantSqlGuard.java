package io.shoreline.portal.testing;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import jakarta.persistence.Table;
import jakarta.persistence.metamodel.EntityType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.eclipse.persistence.internal.databaseaccess.DatabaseCall;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;
import org.eclipse.persistence.sessions.server.Server;

/**
 * SQL capture over the whole integration suite: every test deployment carries this guard, which
 * sees each statement before it runs. A statement on a tenant table without its tenant column is
 * refused (the test that caused it fails) and written to PORTAL_SQL_GUARD_DIR; the counts of
 * checked statements go there too, for the build's report.
 */
@ApplicationScoped
public class TenantSqlGuard extends SessionEventAdapter {

  @PersistenceUnit EntityManagerFactory persistenceUnit;

  private final AtomicLong checked = new AtomicLong();
  private final String run = Long.toHexString(System.nanoTime());
  private List<TenantTable> tenantTables;

  void install(@Observes @Initialized(ApplicationScoped.class) Object started) {
    tenantTables = tenantTables(persistenceUnit);
    persistenceUnit.unwrap(Server.class).getEventManager().addListener(this);
  }

  @Override
  public void preExecuteCall(SessionEvent event) {
    if (!(event.getCall() instanceof DatabaseCall call) || call.getSQLString() == null) {
      return;
    }
    String sql = call.getSQLString();
    for (TenantTable table : tenantTables) {
      if (table.isIn(sql)) {
        if (!table.isBoundIn(sql)) {
          report("violations", sql);
          throw new IllegalStateException("Statement on tenant table without its tenant: " + sql);
        }
        if (checked.incrementAndGet() % 10 == 0) {
          report("checked", String.valueOf(checked.get()));
        }
      }
    }
  }

  @PreDestroy
  void finalCount() {
    report("checked", String.valueOf(checked.get()));
  }

  /** The tables of @Multitenant entities and their tenant columns, from the metamodel. */
  public static List<TenantTable> tenantTables(EntityManagerFactory factory) {
    return factory.getMetamodel().getEntities().stream()
        .map(EntityType::getJavaType)
        .filter(type -> type.isAnnotationPresent(Multitenant.class))
        .map(
            type ->
                new TenantTable(
                    type.getAnnotation(Table.class).name(),
                    type.getAnnotation(TenantDiscriminatorColumn.class).name()))
        .distinct()
        .toList();
  }

  private void report(String kind, String line) {
    String dir = System.getenv("PORTAL_SQL_GUARD_DIR");
    if (dir == null) {
      return;
    }
    try {
      Path file = Path.of(dir, kind + "-" + run + ".txt");
      Files.createDirectories(file.getParent());
      if (kind.equals("checked")) {
        Files.writeString(file, line, StandardCharsets.UTF_8);
      } else {
        Files.writeString(
            file,
            line + "\n",
            StandardCharsets.UTF_8,
            StandardOpenOption.CREATE,
            StandardOpenOption.APPEND);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A table of a @Multitenant entity and its tenant column. */
  public record TenantTable(String table, String column) {

    public boolean isIn(String sql) {
      return Pattern.compile("\\b" + table + "\\b", Pattern.CASE_INSENSITIVE).matcher(sql).find();
    }

    /** INSERT names the column; everything else restricts it: "column = ?" (or a literal). */
    public boolean isBoundIn(String sql) {
      String upper = sql.toUpperCase(Locale.ROOT);
      String tenantColumn = column.toUpperCase(Locale.ROOT);
      return upper.startsWith("INSERT")
          ? upper.contains(tenantColumn)
          : upper.matches("(?s).*\\b" + tenantColumn + " = (\\?|\\d+).*");
    }
  }
}
