package io.shoreline.portal.bulletins;

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
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Mails a recipient, in their language, once the bulletin (or reminder) is committed. */
@ApplicationScoped
public class BulletinMail {

  private static final Logger LOG = Logger.getLogger(BulletinMail.class.getName());
  static final String BUNDLE = "io.shoreline.portal.bulletins.mail";

  @Inject Mailer mailer;
  @Inject Accounts accounts;
  @Inject ThreadLinks links;

  void send(@Observes(during = TransactionPhase.AFTER_SUCCESS) BulletinAsked asked) {
    accounts
        .find(asked.accountId())
        .filter(Account::isEnabled)
        .ifPresent(recipient -> send(asked, recipient));
  }

  private void send(BulletinAsked asked, Account recipient) {
    Locale locale = Locale.forLanguageTag(recipient.getLanguage());
    ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, locale);
    String prefix = asked.reminder() ? "reminder" : "bulletin";
    try {
      mailer.send(
          recipient.getEmail(),
          format(
              texts,
              prefix + ".subject",
              locale,
              texts.getString("urgency." + asked.urgency()),
              asked.title()),
          format(
              texts,
              prefix + ".body",
              locale,
              recipient.getDisplayName(),
              asked.workspaceName(),
              asked.title(),
              links.bulletin(asked.workspaceId(), asked.bulletinId())));
    } catch (MessagingException e) {
      // the in-app notification stands; mail is a courtesy
      LOG.log(Level.WARNING, "Bulletin mail to " + recipient.getEmail() + " failed", e);
    }
  }

  private static String format(ResourceBundle texts, String key, Locale locale, Object... args) {
    return new MessageFormat(texts.getString(key), locale).format(args);
  }
}
