package io.shoreline.portal.web.people;

import static io.shoreline.portal.testing.DemoLogins.NORTHWIND_ADMIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shoreline.portal.identity.Account;
import io.shoreline.portal.identity.Accounts;
import io.shoreline.portal.identity.Invitation;
import io.shoreline.portal.identity.InvitationIssued;
import io.shoreline.portal.identity.Invitations;
import io.shoreline.portal.identity.OrgRole;
import io.shoreline.portal.platform.RuleViolation;
import io.shoreline.portal.tenancy.isolation.TenantAccess;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Invitation links that expire, inside the server: the validity cannot be shortened per test, so
 * the test moves an invitation's expiry into the past in the database, then follows its link. The
 * link's token is the real one, caught from the event that mails it.
 */
@ExtendWith(ArquillianExtension.class)
class InvitationExpiryIT {

  private static final char[] PASSWORD = "a-long-enough-password".toCharArray();

  @Inject TenantAccess access;
  @Inject Invitations invitations;
  @Inject Accounts accounts;
  @Inject IssuedLinks links;
  @PersistenceContext EntityManager em;
  @Resource UserTransaction transaction;

  @Test
  void anExpiredInvitationIsRefusedAndCreatesNoAccount() throws Exception {
    String email = "late-" + UUID.randomUUID() + "@northwind.example";
    Invitation invitation = inviteToNorthwind(email);
    String token = links.tokenFor(email);

    moveExpiry(invitation, Instant.now().minus(Duration.ofDays(2)));

    assertRefused(() -> invitations.open(token), "invitation.expired");
    assertRefused(() -> invitations.accept(token, "Late Comer", PASSWORD), "invitation.expired");
    assertThat(accounts.findByEmail(email)).isEmpty();
  }

  @Test
  void aLinkIsGoodUntilItsLastMomentAndThenOnlyOnce() throws Exception {
    String email = "just-in-time-" + UUID.randomUUID() + "@northwind.example";
    Invitation invitation = inviteToNorthwind(email);
    String token = links.tokenFor(email);
    moveExpiry(invitation, Instant.now().plus(Duration.ofMinutes(1)));

    Account account = invitations.accept(token, "Just In Time", PASSWORD);

    assertThat(account.getEmail()).isEqualTo(email);
    assertThat(account.getRole()).isEqualTo(OrgRole.MEMBER);
    assertThat(accounts.findByEmail(email).orElseThrow().getOrganization().getSlug())
        .isEqualTo("northwind");
    assertRefused(() -> invitations.accept(token, "Twice", PASSWORD), "invitation.used");
  }

  private Invitation inviteToNorthwind(String email) {
    access.openOrganization(NORTHWIND_ADMIN);
    return invitations.invite(
        email, "Late Comer", OrgRole.MEMBER, "http://portal.test/accept-invitation.xhtml");
  }

  /** A bulk update from the test, in a transaction of its own, as time passing would do. */
  private void moveExpiry(Invitation invitation, Instant expiresAt) throws Exception {
    transaction.begin();
    int updated =
        em.createQuery("UPDATE Invitation i SET i.expiresAt = :expiresAt WHERE i.id = :id")
            .setParameter("expiresAt", expiresAt)
            .setParameter("id", invitation.getId())
            .executeUpdate();
    transaction.commit();
    assertThat(updated).isEqualTo(1);
  }

  private static void assertRefused(ThrowingCallable call, String key) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(RuleViolation.class, rule -> assertThat(rule.key()).isEqualTo(key));
  }

  /** Catches the links of the invitations issued, as the mail would carry them. */
  @ApplicationScoped
  public static class IssuedLinks {

    private final Map<String, String> byEmail = new ConcurrentHashMap<>();

    void issued(@Observes InvitationIssued invitation) {
      byEmail.put(invitation.email(), invitation.link());
    }

    public String tokenFor(String email) {
      String link = byEmail.get(email);
      assertThat(link).as("the link mailed to " + email).isNotNull();
      return link.substring(link.indexOf("?token=") + "?token=".length());
    }
  }
}
