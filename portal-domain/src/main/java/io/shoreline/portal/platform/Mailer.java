package io.shoreline.portal.platform;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends plain-text mail through the SMTP server of the environment (PORTAL_SMTP_HOST, _PORT,
 * _USERNAME, _PASSWORD, _STARTTLS, PORTAL_MAIL_FROM). Without a host, as on a developer's machine,
 * each mail is written to the log instead, so its links can still be followed.
 */
@ApplicationScoped
public class Mailer {

  private static final Logger LOG = Logger.getLogger(Mailer.class.getName());
  private static final int TIMEOUT_MILLIS = 10_000;

  @Inject
  @ConfigProperty(name = "portal.smtp.host")
  Optional<String> host;

  @Inject
  @ConfigProperty(name = "portal.smtp.port", defaultValue = "25")
  int port;

  @Inject
  @ConfigProperty(name = "portal.smtp.username")
  Optional<String> username;

  @Inject
  @ConfigProperty(name = "portal.smtp.password")
  Optional<String> password;

  @Inject
  @ConfigProperty(name = "portal.smtp.starttls", defaultValue = "false")
  boolean startTls;

  @Inject
  @ConfigProperty(
      name = "portal.mail.from",
      defaultValue = "Shoreline <no-reply@shoreline.example>")
  String from;

  private Session session;

  @PostConstruct
  void configure() {
    Properties properties = new Properties();
    host.ifPresent(name -> properties.put("mail.smtp.host", name));
    properties.put("mail.smtp.port", String.valueOf(port));
    properties.put("mail.smtp.connectiontimeout", String.valueOf(TIMEOUT_MILLIS));
    properties.put("mail.smtp.timeout", String.valueOf(TIMEOUT_MILLIS));
    properties.put("mail.smtp.starttls.enable", String.valueOf(startTls));
    properties.put("mail.smtp.starttls.required", String.valueOf(startTls));
    properties.put("mail.smtp.auth", String.valueOf(username.isPresent()));
    session =
        Session.getInstance(
            properties,
            new Authenticator() {
              @Override
              protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(username.orElse(""), password.orElse(""));
              }
            });
  }

  /** Sends now; a failure is the caller's to report. */
  public void send(String to, String subject, String text) throws MessagingException {
    if (host.isEmpty()) {
      LOG.info(
          () -> "No SMTP host (PORTAL_SMTP_HOST): mail to " + to + "\n" + subject + "\n" + text);
      return;
    }
    MimeMessage message = new MimeMessage(session);
    message.setFrom(new InternetAddress(from));
    message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to));
    message.setSubject(subject, "UTF-8");
    message.setText(text, "UTF-8");
    Transport.send(message);
  }
}
