package io.shoreline.portal.web.threads;

import io.shoreline.portal.identity.Accounts;
import io.shoreline.portal.threads.Notification;
import io.shoreline.portal.threads.Notifications;
import io.shoreline.portal.web.platform.FacesMessages;
import io.shoreline.portal.web.platform.Outcomes;
import io.shoreline.portal.web.platform.PagedRows;
import io.shoreline.portal.web.platform.RowParameters;
import io.shoreline.portal.web.platform.Tenants;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.LazyDataModel;

/**
 * Backing bean of app/notifications.xhtml: the caller's notifications from all their workspaces,
 * newest first; opening one marks it read and goes to what it is about (a post, an action item, an
 * incident, feedback item, …); the daily digest switch.
 */
@Named
@RequestScoped
public class NotificationInbox {

  @Inject Tenants tenants;
  @Inject Notifications notifications;
  @Inject Accounts accounts;
  @Inject Outcomes outcomes;
  @Inject FacesMessages messages;

  private LazyDataModel<Notification> model;
  private Boolean dailyDigest;

  @PostConstruct
  void createModel() {
    model =
        new PagedRows<>(
            outcomes,
            () -> {
              tenants.organization();
              return notifications.count();
            },
            (first, max) -> {
              tenants.organization();
              return notifications.page(first, max);
            },
            Notification::getId);
  }

  public long getUnread() {
    return outcomes
        .attempt(
            () -> {
              tenants.organization();
              return notifications.unread();
            })
        .orElse(0L);
  }

  /** Marks it read; to the thread, on the page that shows the post, or to the action item given. */
  public String open() {
    return outcomes
        .attempt(
            () -> {
              tenants.organization();
              Notification opened = notifications.open(RowParameters.id("notification"));
              if (opened.getKind() == Notification.Kind.FEED_STALE) {
                return "/app/feeds?faces-redirect=true&w=" + opened.getWorkspaceId();
              }
              if (opened.getKind() == Notification.Kind.AUTHORITY) {
                return "/app/authority-matrix?faces-redirect=true&w=" + opened.getWorkspaceId();
              }
              if (opened.getKind() == Notification.Kind.EXCHANGE) {
                return "/app/exchange-proposal?faces-redirect=true&w="
                    + opened.getWorkspaceId()
                    + "&id="
                    + opened.getSubjectId();
              }
              if (opened.getKind() == Notification.Kind.KPI) {
                return "/app/kpi?faces-redirect=true&w="
                    + opened.getWorkspaceId()
                    + "&id="
                    + opened.getSubjectId();
              }
              if (opened.getKind() == Notification.Kind.FEEDBACK) {
                return "/app/feedback-item?faces-redirect=true&w="
                    + opened.getWorkspaceId()
                    + "&id="
                    + opened.getSubjectId();
              }
              if (opened.getKind() == Notification.Kind.INCIDENT) {
                return "/app/incident?faces-redirect=true&w="
                    + opened.getWorkspaceId()
                    + "&id="
                    + opened.getSubjectId();
              }
              if (opened.getKind().asksToAcknowledge()) {
                return (opened.getKind() == Notification.Kind.BULLETIN
                        ? "/app/bulletin"
                        : "/app/training-document")
                    + "?faces-redirect=true&w="
                    + opened.getWorkspaceId()
                    + "&id="
                    + opened.getSubjectId();
              }
              if (opened.getKind() == Notification.Kind.ACTION_ASSIGNED) {
                return "/app/action-item?faces-redirect=true&w="
                    + opened.getWorkspaceId()
                    + "&id="
                    + opened.getActionItemId();
              }
              return "/app/thread?faces-redirect=true&w="
                  + opened.getWorkspaceId()
                  + "&t="
                  + opened.getConversationId()
                  + "&page="
                  + (opened.getPostSeq() - 1) / ThreadView.PAGE_SIZE;
            })
        .orElse(null);
  }

  public String readAll() {
    boolean done =
        outcomes.attempt(
            () -> {
              tenants.organization();
              notifications.readAll();
            });
    return done ? "/app/notifications?faces-redirect=true" : null;
  }

  public String saveDigest() {
    boolean wanted = Boolean.TRUE.equals(dailyDigest);
    accounts.changeDailyDigest(tenants.organization().getEmail(), wanted);
    messages.info(wanted ? "notifications.digestOn" : "notifications.digestOff");
    return "/app/notifications?faces-redirect=true";
  }

  public LazyDataModel<Notification> getModel() {
    return model;
  }

  public Boolean getDailyDigest() {
    if (dailyDigest == null) {
      dailyDigest = tenants.organization().isDailyDigest();
    }
    return dailyDigest;
  }

  public void setDailyDigest(Boolean dailyDigest) {
    this.dailyDigest = dailyDigest;
  }
}
