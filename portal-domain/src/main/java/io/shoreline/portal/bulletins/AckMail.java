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

/**
 * Mails a person asked to acknowledge (or reminded), in their language, once the transaction is
 * committed. The texts are keyed by subject kind: BULLETIN.subject, TRAINING.reminder.body, ...
 */
@ApplicationScoped
public class AckMail {

  private static final Logger LOG = Logger.getLogger(AckMail.class.getName());
  static final String BUNDLE = "io.shoreline.portal.bulletins.mail";

  @Inject Mailer mailer;
  @Inject Accounts accounts;
  @Inject ThreadLinks links;

  void send(@Observes(during = TransactionPhase.AFTER_SUCCESS) AckAsked asked) {
    accounts
        .find(asked.accountId())
        .filter(Account::isEnabled)
        .ifPresent(recipient -> send(asked, recipient));
  }

  private void send(AckAsked asked, Account recipient) {
    Locale locale = Locale.forLanguageTag(recipient.getLanguage());
    ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, locale);
    AckTopic topic = asked.topic();
    String prefix = topic.kind() + (asked.reminder() ? ".reminder" : "");
    String urgency = topic.urgency() == null ? "" : texts.getString("urgency." + topic.urgency());
    try {
      mailer.send(
          recipient.getEmail(),
          format(texts, prefix + ".subject", locale, urgency, topic.title()),
          format(
              texts,
              prefix + ".body",
              locale,
              recipient.getDisplayName(),
              asked.workspaceName(),
              topic.title(),
              links.toAcknowledge(
                  AckNotice.kindOf(topic.kind()), asked.workspaceId(), topic.id())));
    } catch (MessagingException e) {
      // the in-app notification stands; mail is a courtesy
      LOG.log(Level.WARNING, "Acknowledgement mail to " + recipient.getEmail() + " failed", e);
    }
  }

  private static String format(ResourceBundle texts, String key, Locale locale, Object... args) {
    return new MessageFormat(texts.getString(key), locale).format(args);
  }
}
