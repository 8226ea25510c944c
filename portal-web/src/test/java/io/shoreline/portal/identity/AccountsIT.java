package io.shoreline.portal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.shoreline.portal.tenancy.Memberships;
import io.shoreline.portal.tenancy.Organization;
import io.shoreline.portal.tenancy.OrganizationKind;
import io.shoreline.portal.tenancy.Organizations;
import io.shoreline.portal.tenancy.Partnership;
import io.shoreline.portal.tenancy.Partnerships;
import io.shoreline.portal.tenancy.WorkspaceRole;
import io.shoreline.portal.testing.WebClient;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Duration;
import java.util.UUID;
import java.util.stream.LongStream;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Accounts, password hashing and throttling inside the server, against the real database, and
 * access taken away taking effect on the very next request of a session already signed in (changed
 * inside the server, the pages driven over HTTP).
 */
@ExtendWith(ArquillianExtension.class)
class AccountsIT {

  private static final String SESSION_PASSWORD = "a-long-enough-password";

  @Inject Organizations organizations;
  @Inject Accounts accounts;
  @Inject LoginThrottle throttle;
  @Inject PasswordHashing passwords;
  @Inject Partnerships partnerships;
  @Inject Memberships memberships;
  @ArquillianResource URL base;

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
  void passwordsAreKeptAsPbkdf2Sha256WithTheConfiguredIterations() {
    String hash = accounts.findByEmail(email).orElseThrow().getPasswordHash();
    int configured =
        ConfigProvider.getConfig()
            .getOptionalValue("portal.passwords.iterations", Integer.class)
            .orElse(PasswordHashing.DEFAULT_ITERATIONS);

    assertThat(hash)
        .startsWith("PBKDF2WithHmacSHA256:" + configured + ":")
        .doesNotContain("right-password");
    assertThat(PasswordHashing.DEFAULT_ITERATIONS).as("OWASP 2023").isEqualTo(600_000);
  }

  @Test
  void aHashNamesItsIterationsSoOneOfTheDefaultCountVerifiesWhateverIsConfigured() {
    // the demo password hashed at 600,000 iterations (DemoData)
    String defaultCost =
        "PBKDF2WithHmacSHA256:600000:/wcucQ9JeNXTEgmUZquSGkii+bTSyDTcXquB30uzAd0="
            + ":vo8U5EaLLsK2hv7pHV90LikDXLmQTHiTGTfgS7K/XYk=";

    assertThat(passwords.matches("Shoreline-demo-1".toCharArray(), defaultCost)).isTrue();
    assertThat(passwords.matches("Shoreline-demo-2".toCharArray(), defaultCost)).isFalse();
  }

  @Test
  void onlyTheRightPasswordVerifiesAndTheEmailIgnoresCase() {
    assertThat(accounts.verify(email.toUpperCase(), "right-password".toCharArray())).isPresent();
    assertThat(accounts.verify(email, "wrong-password".toCharArray())).isEmpty();
    assertThat(accounts.verify(email, "".toCharArray())).isEmpty();
  }

  @Test
  void anUnknownAccountCostsAFullPasswordCheckToo() {
    // taken in turns, so that a pause of the server (a collection, a busy core) hits both alike
    long[] known = new long[15];
    long[] unknown = new long[15];
    for (int i = 0; i < known.length; i++) {
      known[i] = nanos(() -> accounts.verify(email, "wrong-password".toCharArray()));
      unknown[i] = nanos(() -> accounts.verify("ghost-" + email, "wrong-password".toCharArray()));
    }

    // without the decoy check an unknown account answers in well under a millisecond
    assertThat(median(unknown)).isGreaterThan(median(known) / 2);
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

  private static long nanos(Runnable action) {
    long start = System.nanoTime();
    action.run();
    return System.nanoTime() - start;
  }

  private static long median(long[] samples) {
    return LongStream.of(samples).sorted().skip(samples.length / 2).findFirst().orElseThrow();
  }

  @Test
  void aDisabledAccountsSessionEndsOnItsNextRequest() throws Exception {
    SignedInMember member = signedInMember();
    assertThat(member.web().get("app/home.xhtml").statusCode()).isEqualTo(200);

    accounts.disable(member.email());

    assertThat(member.web().get("app/home.xhtml").statusCode()).isEqualTo(302);
    assertThat(member.web().get("api/v1/me").statusCode()).isEqualTo(401);
    assertThat(member.web().signIn(member.email(), SESSION_PASSWORD).body())
        .contains("Incorrect e-mail or password.");
  }

  @Test
  void aMemberRemovedFromAWorkspaceLosesItOnTheNextRequest() throws Exception {
    SignedInMember member = signedInMember();
    String page = "app/workspace.xhtml?w=" + member.workspace().getId();
    assertThat(member.web().get(page).statusCode()).isEqualTo(200);

    memberships.remove(member.workspace().getId(), member.account().getId());

    assertThat(member.web().get(page).statusCode()).isEqualTo(404);
    assertThat(member.web().get("app/home.xhtml").body())
        .doesNotContain(member.workspace().getName());
  }

  /** A contributor of a new workspace, signed in over HTTP. */
  private record SignedInMember(
      String email, Account account, Partnership workspace, WebClient web) {}

  private SignedInMember signedInMember() throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 8);
    Organization client =
        organizations.register(
            "client-" + run, "Org client-" + run, OrganizationKind.CLIENT, "en", "Europe/Paris");
    Organization vendor =
        organizations.register(
            "vendor-" + run, "Org vendor-" + run, OrganizationKind.VENDOR, "en", "Europe/Paris");
    String member = "member@" + client.getSlug() + ".test";
    Account account =
        accounts.create(
            client,
            member,
            "Member " + run,
            passwords.hash(SESSION_PASSWORD.toCharArray()),
            OrgRole.MEMBER,
            "en",
            "Europe/Paris");
    Partnership workspace = partnerships.establish(client, vendor, "Workspace " + run);
    memberships.add(workspace, account, WorkspaceRole.CONTRIBUTOR);
    WebClient web = new WebClient(base);
    assertThat(web.signIn(member, SESSION_PASSWORD).statusCode()).isEqualTo(302);
    return new SignedInMember(member, account, workspace, web);
  }
}
