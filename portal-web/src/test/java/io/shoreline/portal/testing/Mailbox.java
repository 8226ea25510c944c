package io.shoreline.portal.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SMTP server the portal mails to during the integration tests: GreenMail on the port the build
 * reserved ({@code portal.it.smtpPort}) and passed to the portal as PORTAL_SMTP_PORT. An
 * in-container test may start it inside the server, where only PORTAL_SMTP_PORT is set (the shared
 * deployment carries the GreenMail jar for that).
 */
public final class Mailbox implements AutoCloseable {

  private static final Pattern INVITATION_LINK =
      Pattern.compile("https?://\\S+/accept-invitation\\.xhtml\\?token=[A-Za-z0-9_-]{43}");
  private static final long WAIT_MILLIS = 15_000;

  private final GreenMail server;

  private Mailbox(GreenMail server) {
    this.server = server;
  }

  public static Mailbox start() {
    Integer port = Integer.getInteger("portal.it.smtpPort");
    if (port == null && System.getenv("PORTAL_SMTP_PORT") != null) {
      // inside the server (an in-container test): the port the portal itself mails to
      port = Integer.valueOf(System.getenv("PORTAL_SMTP_PORT"));
    }
    if (port == null) {
      throw new IllegalStateException("no portal.it.smtpPort: run the ITs through Maven");
    }
    GreenMail server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    server.start();
    return new Mailbox(server);
  }

  /** The first mail to this address, waiting for it to arrive. */
  public MimeMessage mailTo(String address) throws InterruptedException {
    long deadline = System.currentTimeMillis() + WAIT_MILLIS;
    do {
      int received = server.getReceivedMessages().length; // counted before looking: none missed
      Optional<MimeMessage> mail = find(address);
      if (mail.isPresent()) {
        return mail.get();
      }
      // blocks until one more mail has arrived (or the time is up), then looks again
      server.waitForIncomingEmail(Math.max(1, deadline - System.currentTimeMillis()), received + 1);
    } while (System.currentTimeMillis() < deadline);
    throw new AssertionError("no mail to " + address + " within " + WAIT_MILLIS + " ms");
  }

  /** Whether any mail went to this address (no waiting: for mails that must not exist). */
  public boolean hasMailTo(String address) {
    return find(address).isPresent();
  }

  /** The invitation link in the mail to this address. */
  public String invitationLinkTo(String address) throws Exception {
    String body = text(mailTo(address));
    Matcher link = INVITATION_LINK.matcher(body);
    if (!link.find()) {
      throw new AssertionError("no invitation link in: " + body);
    }
    return link.group();
  }

  public static String text(MimeMessage mail) throws MessagingException, IOException {
    return String.valueOf(mail.getContent());
  }

  private Optional<MimeMessage> find(String address) {
    return Arrays.stream(server.getReceivedMessages())
        .filter(mail -> isTo(mail, address))
        .findFirst();
  }

  private static boolean isTo(MimeMessage mail, String address) {
    try {
      Address[] to = mail.getAllRecipients();
      return to != null && Arrays.stream(to).anyMatch(a -> a.toString().equalsIgnoreCase(address));
    } catch (MessagingException e) {
      return false;
    }
  }

  @Override
  public void close() {
    server.stop();
  }
}
