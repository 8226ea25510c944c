package io.shoreline.portal.visits;

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
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Mails the owner of an action item, in their language, once the assignment is committed. */
@ApplicationScoped
public class ActionMail {

  private static final Logger LOG = Logger.getLogger(ActionMail.class.getName());
  static final String BUNDLE = "io.shoreline.portal.visits.mail";

  @Inject Mailer mailer;
  @Inject Accounts accounts;
  @Inject ThreadLinks links;

  void send(@Observes(during = TransactionPhase.AFTER_SUCCESS) ActionAssigned action) {
    accounts
        .find(action.ownerId())
        .filter(Account::isEnabled)
        .ifPresent(owner -> send(action, owner));
  }

  private void send(ActionAssigned action, Account owner) {
    Locale locale = Locale.forLanguageTag(owner.getLanguage());
    ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, locale);
    String due =
        DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
            .withLocale(locale)
            .format(action.dueOn());
    try {
      mailer.send(
          owner.getEmail(),
          format(texts, "action.subject", locale, action.assignedBy(), action.title()),
          format(
              texts,
              "action.body",
              locale,
              owner.getDisplayName(),
              action.assignedBy(),
              format(texts, action.originKey(), locale, action.originName()),
              action.workspaceName(),
              action.title(),
              due,
              links.actionItem(action.workspaceId(), action.actionItemId())));
    } catch (MessagingException e) {
      // the in-app notification stands; mail is a courtesy
      LOG.log(Level.WARNING, "Action mail to " + owner.getEmail() + " failed", e);
    }
  }

  private static String format(ResourceBundle texts, String key, Locale locale, Object... args) {
    return new MessageFormat(texts.getString(key), locale).format(args);
  }
}
