package io.shoreline.portal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.shoreline.portal.tenancy.Organization;
import io.shoreline.portal.tenancy.OrganizationKind;
import io.shoreline.portal.tenancy.Organizations;
import io.shoreline.portal.testing.Deployments;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import java.util.stream.LongStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Accounts, password hashing and throttling inside the server, against the real database. */
@ExtendWith(ArquillianExtension.class)
class AccountsIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.portalWithTestLibraries();
  }

  @Inject Organizations organizations;
  @Inject Accounts accounts;
  @Inject LoginThrottle throttle;
  @Inject PasswordHashing passwords;

  private Organization organization;
  private String email;

  @BeforeEach
  void newOrganizationWithOneAccount() {
    String id = UUID.randomUUID().toString().substring(0, 8);
    organization =
        organizations.register(
            "org-" + id, "Org " + id, OrganizationKind.CLIENT, "en", "Europe/Lisbon");
    email = "Person." + id + "@Example.test";
    accounts.create(
        organization,
        email,
        "Person " + id,
        passwords.hash("right-password".toCharArray()),
        OrgRole.MEMBER,
        "en",
        "Europe/Lisbon");
  }

  @Test
  void passwordsAreKeptAsPbkdf2Sha256WithSixHundredThousandIterations() {
    String hash = accounts.findByEmail(email).orElseThrow().getPasswordHash();

    assertThat(hash).startsWith("PBKDF2WithHmacSHA256:600000:").doesNotContain("right-password");
  }

  @Test
  void onlyTheRightPasswordVerifiesAndTheEmailIgnoresCase() {
    assertThat(accounts.verify(email.toUpperCase(), "right-password".toCharArray())).isPresent();
    assertThat(accounts.verify(email, "wrong-password".toCharArray())).isEmpty();
    assertThat(accounts.verify(email, "".toCharArray())).isEmpty();
  }

  @Test
  void anUnknownAccountCostsAFullPasswordCheckToo() {
    long known = medianNanos(() -> accounts.verify(email, "wrong-password".toCharArray()));
    long unknown =
        medianNanos(() -> accounts.verify("ghost-" + email, "wrong-password".toCharArray()));

    // without the decoy check an unknown account answers in well under a millisecond
    assertThat(unknown).isGreaterThan(known / 2);
  }

  @Test
  void fiveFailuresLockTheAccountAndSuccessUnlocksIt() {
    String address = "192.0.2." + (1 + (int) (Math.random() * 250));
    for (int failure = 1; failure <= 4; failure++) {
      throttle.recordFailure(email, address);
    }
    assertThat(throttle.lockRemaining(email, address)).isEmpty();

    throttle.recordFailure(email.toUpperCase(), address);

    assertThat(throttle.lockRemaining(email, "198.51.100.7"))
        .hasValueSatisfying(
            remaining ->
                assertThat(remaining).isBetween(Duration.ofMinutes(14), Duration.ofMinutes(15)));
    throttle.recordSuccess(email);
    assertThat(throttle.lockRemaining(email, "198.51.100.7")).isEmpty();
  }

  @Test
  void thirtyFailuresFromOneAddressLockEveryAccountFromThere() {
    String address = "2001:db8::" + UUID.randomUUID().toString().substring(0, 4);
    for (int failure = 0; failure < 30; failure++) {
      throttle.recordFailure("someone-" + failure + "@" + address, address);
    }

    assertThat(throttle.lockRemaining(email, address)).isPresent();
    assertThat(throttle.lockRemaining(email, "203.0.113.9")).isEmpty();
  }

  @Test
  void theDemoOrganizationsAndLoginsExist() {
    assertThat(organizations.findBySlug("northwind")).isPresent();
    assertThat(organizations.findBySlug("contoso")).isPresent();
    assertThat(organizations.findBySlug("atlas"))
        .hasValueSatisfying(
            atlas -> assertThat(atlas.getKind()).isEqualTo(OrganizationKind.VENDOR));
    assertThat(accounts.verify("amina.haddad@atlas.example", "Shoreline-demo-1".toCharArray()))
        .hasValueSatisfying(
            amina ->
                assertThat(amina.getOrganization().getName()).isEqualTo("Atlas Contact Centres"));
  }

  private static long medianNanos(Runnable action) {
    long[] samples =
        LongStream.range(0, 3)
            .map(
                i -> {
                  long start = System.nanoTime();
                  action.run();
                  return System.nanoTime() - start;
                })
            .sorted()
            .toArray();
    return samples[1];
  }
}
