package io.shoreline.portal.threads;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Links in mails to a post or an action item: under {@code portal.base-url} (PORTAL_BASE_URL),
 * which production sets; without it, the address of {@code ./mvnw -Prun}.
 */
@ApplicationScoped
public class ThreadLinks {

  static final String LOCAL = "http://localhost:8080";

  @Inject
  @ConfigProperty(name = "portal.base-url")
  Optional<String> baseUrl;

  public String post(long workspaceId, long threadId, int seq) {
    return root() + "/app/thread.xhtml?w=" + workspaceId + "&t=" + threadId + "#post-" + seq;
  }

  public String actionItem(long workspaceId, long actionItemId) {
    return root() + "/app/action-item.xhtml?w=" + workspaceId + "&id=" + actionItemId;
  }

  /** A workspace's feeds, where a stale one is marked. */
  public String feeds(long workspaceId) {
    return root() + "/app/feeds.xhtml?w=" + workspaceId;
  }

  public String bulletin(long workspaceId, long bulletinId) {
    return root() + "/app/bulletin.xhtml?w=" + workspaceId + "&id=" + bulletinId;
  }

  public String incident(long workspaceId, long incidentId) {
    return root() + "/app/incident.xhtml?w=" + workspaceId + "&id=" + incidentId;
  }

  public String feedbackItem(long workspaceId, long itemId) {
    return root() + "/app/feedback-item.xhtml?w=" + workspaceId + "&id=" + itemId;
  }

  /**
   * Where a notice to acknowledge leads: the bulletin, the training document, or the authority
   * matrix (which shows the version the person still has to acknowledge).
   */
  public String toAcknowledge(Notification.Kind kind, long workspaceId, long subjectId) {
    return switch (kind) {
      case BULLETIN -> bulletin(workspaceId, subjectId);
      case TRAINING ->
          root() + "/app/training-document.xhtml?w=" + workspaceId + "&id=" + subjectId;
      case AUTHORITY -> root() + "/app/authority-matrix.xhtml?w=" + workspaceId;
      default -> throw new IllegalArgumentException(kind + " asks for no acknowledgement");
    };
  }

  /**
   * Where a notification leads: the post that mentions, the action item given, the feeds, the
   * incident, the exchange proposal, the KPI, what it asks to acknowledge.
   */
  public String of(Notification notification) {
    if (notification.getKind() == Notification.Kind.FEED_STALE) {
      return feeds(notification.getWorkspaceId());
    }
    if (notification.getKind() == Notification.Kind.INCIDENT) {
      return incident(notification.getWorkspaceId(), notification.getSubjectId());
    }
    if (notification.getKind() == Notification.Kind.FEEDBACK) {
      return feedbackItem(notification.getWorkspaceId(), notification.getSubjectId());
    }
    // the digest linked these to a thread that does not exist ("t=null") before
    if (notification.getKind() == Notification.Kind.EXCHANGE) {
      return root()
          + "/app/exchange-proposal.xhtml?w="
          + notification.getWorkspaceId()
          + "&id="
          + notification.getSubjectId();
    }
    if (notification.getKind() == Notification.Kind.KPI) {
      return root()
          + "/app/kpi.xhtml?w="
          + notification.getWorkspaceId()
          + "&id="
          + notification.getSubjectId();
    }
    if (notification.getKind().asksToAcknowledge()) {
      return toAcknowledge(
          notification.getKind(), notification.getWorkspaceId(), notification.getSubjectId());
    }
    return notification.getKind() == Notification.Kind.ACTION_ASSIGNED
        ? actionItem(notification.getWorkspaceId(), notification.getActionItemId())
        : post(
            notification.getWorkspaceId(),
            notification.getConversationId(),
            notification.getPostSeq());
  }

  private String root() {
    return baseUrl
        .map(String::strip)
        .filter(url -> !url.isEmpty())
        .orElse(LOCAL)
        .replaceAll("/+$", "");
  }
}
