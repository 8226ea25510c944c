package io.shoreline.portal.feeds;

import io.shoreline.portal.identity.Account;
import io.shoreline.portal.identity.Accounts;
import io.shoreline.portal.platform.Mailer;
import io.shoreline.portal.threads.ThreadLinks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import java.text.MessageFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Mails a stale feed's coordinators, in their language and time zone, once it is recorded. */
@ApplicationScoped
public class FeedMail {

  private static final Logger LOG = Logger.getLogger(FeedMail.class.getName());
  static final String BUNDLE = "io.shoreline.portal.feeds.mail";

  @Inject Mailer mailer;
  @Inject Accounts accounts;
  @Inject ThreadLinks links;

  void send(@Observes(during = TransactionPhase.AFTER_SUCCESS) FeedStale feed) {
    for (long id : feed.coordinatorIds()) {
      accounts.find(id).filter(Account::isEnabled).ifPresent(to -> send(feed, to));
    }
  }

  private void send(FeedStale feed, Account to) {
    Locale locale = Locale.forLanguageTag(to.getLanguage());
    ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, locale);
    String deadline =
        DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withLocale(locale)
            .withZone(ZoneId.of(to.getTimeZone()))
            .format(feed.deadline());
    try {
      mailer.send(
          to.getEmail(),
          new MessageFormat(texts.getString("stale.subject"), locale)
              .format(new Object[] {feed.feedName()}),
          new MessageFormat(texts.getString("stale.body"), locale)
              .format(
                  new Object[] {
                    to.getDisplayName(),
                    feed.feedName(),
                    feed.workspaceName(),
                    deadline,
                    links.feeds(feed.workspaceId())
                  }));
    } catch (MessagingException e) {
      // the in-app notification stands; mail is a courtesy
      LOG.log(Level.WARNING, "Stale-feed mail to " + to.getEmail() + " failed", e);
    }
  }
}
