package io.shoreline.portal.identity;

import io.shoreline.portal.platform.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import java.text.MessageFormat;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Mails an invitation, in the inviting organization's language, once it is committed. */
@ApplicationScoped
public class InvitationMail {

  private static final Logger LOG = Logger.getLogger(InvitationMail.class.getName());
  private static final String BUNDLE = "io.shoreline.portal.identity.mail";

  @Inject Mailer mailer;

  void send(@Observes(during = TransactionPhase.AFTER_SUCCESS) InvitationIssued invitation) {
    Locale locale = Locale.forLanguageTag(invitation.language());
    ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, locale);
    String expires =
        DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .format(invitation.expiresAt().atOffset(ZoneOffset.UTC));
    try {
      mailer.send(
          invitation.email(),
          format(texts, "invitation.subject", locale, invitation.organizationName()),
          format(
              texts,
              "invitation.body",
              locale,
              invitation.displayName(),
              invitation.invitedByName(),
              invitation.organizationName(),
              invitation.link(),
              expires));
    } catch (MessagingException e) {
      // the invitation stands; the admin sees it pending and can send it again
      LOG.log(Level.WARNING, "Invitation mail to " + invitation.email() + " failed", e);
    }
  }

  private static String format(ResourceBundle texts, String key, Locale locale, Object... args) {
    return new MessageFormat(texts.getString(key), locale).format(args);
  }
}
