package io.shoreline.portal.audit;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.Stateless;
import jakarta.persistence.Entity;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The audit trail is one mechanism, not something each service remembers: every boundary that holds
 * an EntityManager is {@link Audited}, and every entity people change is {@link Auditable}. The
 * exceptions are listed here with their reason.
 */
class AuditCoverageTest {

  private static final Path CLASSES = Path.of("target/classes");

  private static final Map<String, String> UNAUDITED_BOUNDARIES =
      Map.of(
          "io.shoreline.portal.visits.AccountNames", "reads people's names",
          "io.shoreline.portal.audit.AuditTrail", "reads the trail",
          "io.shoreline.portal.audit.OrganizationAuditTrail", "reads the trail",
          "io.shoreline.portal.threads.ThreadSearch", "reads",
          "io.shoreline.portal.identity.LoginThrottle", "sign-in failures: security log, not data",
          "io.shoreline.portal.tenancy.isolation.TenantSql", "writes the trail itself",
          "io.shoreline.portal.threads.Attachments",
              "stores files inside Posts' and Threads' audited transactions; reads otherwise",
          "io.shoreline.portal.threads.ReadState", "who read how far: read state, not shared data",
          "io.shoreline.portal.threads.Notifications", "a person's own inbox and read marks");

  private static final Map<String, String> UNAUDITED_ENTITIES =
      Map.of(
          "io.shoreline.portal.audit.AuditEvent", "is the trail",
          "io.shoreline.portal.audit.OrganizationAuditEvent", "is the trail",
          "io.shoreline.portal.identity.LoginFailure", "sign-in failures: security log, not data",
          "io.shoreline.portal.threads.Attachment",
              "immutable part of a post, whose creation is audited",
          "io.shoreline.portal.threads.AttachmentChunk", "bytes of an attachment",
          "io.shoreline.portal.threads.PostRevision", "append-only history of an audited post",
          "io.shoreline.portal.threads.ThreadReader", "read state, not shared data",
          "io.shoreline.portal.threads.PostSeen", "read receipts, append-only",
          "io.shoreline.portal.threads.Notification", "a person's own inbox");

  @Test
  void everyBoundaryWithAnEntityManagerIsAudited() throws IOException {
    List<String> unaudited =
        classes()
            .filter(type -> type.isAnnotationPresent(Stateless.class))
            .filter(AuditCoverageTest::holdsAnEntityManager)
            .filter(type -> !type.isAnnotationPresent(Audited.class))
            .map(Class::getName)
            .filter(name -> !UNAUDITED_BOUNDARIES.containsKey(name))
            .toList();

    assertThat(unaudited)
        .as("@Stateless boundaries with an EntityManager but no @Audited")
        .isEmpty();
  }

  @Test
  void everyEntityIsAuditable() throws IOException {
    List<String> unaudited =
        classes()
            .filter(type -> type.isAnnotationPresent(Entity.class))
            .filter(type -> !Auditable.class.isAssignableFrom(type))
            .map(Class::getName)
            .filter(name -> !UNAUDITED_ENTITIES.containsKey(name))
            .toList();

    assertThat(unaudited).as("entities that are not Auditable").isEmpty();
  }

  @Test
  void theScanFindsBoundariesAndEntities() throws IOException {
    assertThat(classes().filter(type -> type.isAnnotationPresent(Audited.class)).count())
        .isGreaterThanOrEqualTo(8);
    assertThat(classes().filter(type -> type.isAnnotationPresent(Entity.class)).count())
        .isGreaterThanOrEqualTo(10);
  }

  private static boolean holdsAnEntityManager(Class<?> type) {
    return Arrays.stream(type.getDeclaredFields())
        .anyMatch(field -> field.isAnnotationPresent(PersistenceContext.class));
  }

  private static Stream<Class<?>> classes() throws IOException {
    try (Stream<Path> files = Files.walk(CLASSES)) {
      return files
          .map(file -> CLASSES.relativize(file).toString().replace('\\', '/'))
          .filter(name -> name.endsWith(".class") && !name.contains("$"))
          .filter(name -> !name.endsWith("package-info.class"))
          .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
          .<Class<?>>map(AuditCoverageTest::load)
          .toList()
          .stream();
    }
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, AuditCoverageTest.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }
}
