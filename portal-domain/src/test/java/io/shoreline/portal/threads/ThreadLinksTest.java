package io.shoreline.portal.threads;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every kind of notification links a digest reader to the page that shows its subject. */
class ThreadLinksTest {

  private final ThreadLinks links = links();

  @Test
  void anExchangeLeadsToItsProposal() throws Exception {
    assertThat(links.of(notice(Notification.Kind.EXCHANGE, 7, 42)))
        .isEqualTo("https://portal.example/app/exchange-proposal.xhtml?w=7&id=42");
  }

  @Test
  void aKpiLeadsToItsPage() throws Exception {
    assertThat(links.of(notice(Notification.Kind.KPI, 7, 9)))
        .isEqualTo("https://portal.example/app/kpi.xhtml?w=7&id=9");
  }

  @Test
  void anIncidentLeadsToItsPage() throws Exception {
    assertThat(links.of(notice(Notification.Kind.INCIDENT, 7, 3)))
        .isEqualTo("https://portal.example/app/incident.xhtml?w=7&id=3");
  }

  private static ThreadLinks links() {
    ThreadLinks links = new ThreadLinks();
    links.baseUrl = Optional.of("https://portal.example");
    return links;
  }

  /** As the native insert stores one (TenantSql): kind, workspace and subject id. */
  private static Notification notice(Notification.Kind kind, long workspace, long subject)
      throws Exception {
    Notification notification = new Notification();
    set(notification, "kind", kind);
    set(notification, "workspaceId", workspace);
    set(notification, "subjectId", subject);
    return notification;
  }

  private static void set(Notification notification, String field, Object value) throws Exception {
    Field declared = Notification.class.getDeclaredField(field);
    declared.setAccessible(true);
    declared.set(notification, value);
  }
}
