package io.shoreline.portal.threads;

import io.shoreline.portal.identity.Account;
import io.shoreline.portal.identity.Accounts;
import io.shoreline.portal.platform.Mailer;
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

/** Mails each mentioned member, in their language, once the post is committed. */
@ApplicationScoped
public class MentionMail {

  private static final Logger LOG = Logger.getLogger(MentionMail.class.getName());
  static final String BUNDLE = "io.shoreline.portal.threads.mail";

  @Inject Mailer mailer;
  @Inject Accounts accounts;
  @Inject ThreadLinks links;

  void send(@Observes(during = TransactionPhase.AFTER_SUCCESS) PostAdded post) {
    for (long id : post.mentionedAccountIds()) {
      accounts.find(id).filter(Account::isEnabled).ifPresent(recipient -> send(post, recipient));
    }
  }

  private void send(PostAdded post, Account recipient) {
    Locale locale = Locale.forLanguageTag(recipient.getLanguage());
    ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, locale);
    try {
      mailer.send(
          recipient.getEmail(),
          format(texts, "mention.subject", locale, post.authorName(), post.threadTitle()),
          format(
              texts,
              "mention.body",
              locale,
              recipient.getDisplayName(),
              post.authorName(),
              post.threadTitle(),
              post.workspaceName(),
              links.post(post.workspaceId(), post.threadId(), post.seq())));
    } catch (MessagingException e) {
      // the in-app notification stands; mail is a courtesy
      LOG.log(Level.WARNING, "Mention mail to " + recipient.getEmail() + " failed", e);
    }
  }

  static String format(ResourceBundle texts, String key, Locale locale, Object... args) {
    return new MessageFormat(texts.getString(key), locale).format(args);
  }
}
