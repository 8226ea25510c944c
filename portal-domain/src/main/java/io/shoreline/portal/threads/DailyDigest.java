package io.shoreline.portal.threads;

import io.shoreline.portal.identity.Account;
import io.shoreline.portal.identity.Accounts;
import io.shoreline.portal.platform.Mailer;
import io.shoreline.portal.platform.ScheduledJobs;
import io.shoreline.portal.tenancy.isolation.TenantAccess;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Every morning (07:00 UTC), one mail per person who asked for it, listing the notifications they
 * have neither read nor been mailed. Each person's notifications are taken in their own committed
 * transaction before the mail goes: with several nodes, the second one to take them fails on their
 * versions and sends nothing.
 */
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class DailyDigest {

  private static final Logger LOG = Logger.getLogger(DailyDigest.class.getName());

  @Inject Accounts accounts;
  @Inject TenantAccess access;
  @Inject Notifications notifications;
  @Inject Mailer mailer;
  @Inject ThreadLinks links;
  @Inject ScheduledJobs jobs;

  @Schedule(hour = "7", minute = "0", persistent = false)
  void everyMorning() {
    if (jobs.enabled()) {
      sendAll();
    }
  }

  public void sendAll() {
    for (Account reader : accounts.digestReaders()) {
      try {
        access.actAs(reader);
        List<Notification> fresh = notifications.takeUndigested();
        if (!fresh.isEmpty()) {
          send(reader, fresh);
        }
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Digest for account " + reader.getId() + " not sent", e);
      }
    }
  }

  private void send(Account reader, List<Notification> fresh) {
    Locale locale = Locale.forLanguageTag(reader.getLanguage());
    ResourceBundle texts = ResourceBundle.getBundle(MentionMail.BUNDLE, locale);
    DateTimeFormatter when =
        DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of(reader.getTimeZone()));
    String lines =
        fresh.stream()
            .map(
                n ->
                    MentionMail.format(
                        texts,
                        digestLine(n.getKind()),
                        locale,
                        n.getActorName(),
                        n.getSubject(),
                        when.format(n.getCreatedAt()),
                        links.of(n)))
            .collect(Collectors.joining("\n"));
    try {
      mailer.send(
          reader.getEmail(),
          MentionMail.format(texts, "digest.subject", locale, fresh.size()),
          MentionMail.format(texts, "digest.body", locale, reader.getDisplayName(), lines));
    } catch (MessagingException e) {
      LOG.log(Level.WARNING, "Digest mail to " + reader.getEmail() + " failed", e);
    }
  }

  private static String digestLine(Notification.Kind kind) {
    return switch (kind) {
      case ACTION_ASSIGNED -> "digest.action";
      case FEED_STALE -> "digest.feedStale";
      case BULLETIN -> "digest.bulletin";
      case TRAINING -> "digest.training";
      case AUTHORITY -> "digest.authority";
      case EXCHANGE -> "digest.exchange";
      case KPI -> "digest.kpi";
      case INCIDENT -> "digest.incident";
      case FEEDBACK -> "digest.feedback";
      default -> "digest.line";
    };
  }
}
