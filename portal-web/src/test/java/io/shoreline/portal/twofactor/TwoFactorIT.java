package io.shoreline.portal.twofactor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shoreline.portal.audit.OrganizationAuditEvent;
import io.shoreline.portal.audit.OrganizationAuditTrail;
import io.shoreline.portal.identity.Accounts;
import io.shoreline.portal.identity.OrgRole;
import io.shoreline.portal.platform.ChangedMeanwhileException;
import io.shoreline.portal.platform.NoSuchRecordException;
import io.shoreline.portal.platform.NotAllowedException;
import io.shoreline.portal.platform.RuleViolation;
import io.shoreline.portal.platform.SecretBox;
import io.shoreline.portal.tenancy.Organization;
import io.shoreline.portal.tenancy.OrganizationKind;
import io.shoreline.portal.tenancy.Organizations;
import io.shoreline.portal.tenancy.isolation.TenantAccess;
import io.shoreline.portal.testing.DatabaseFingerprint;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two-factor sign-in inside the server, against the real database: the test reads the secret the
 * enrolment shows and computes the codes itself, as an authenticator app would.
 */
@ExtendWith(ArquillianExtension.class)
class TwoFactorIT {

  @Inject Organizations organizations;
  @Inject Accounts accounts;
  @Inject TwoFactors twoFactors;
  @Inject TwoFactorAdmin admin;
  @Inject TenantAccess access;
  @Inject OrganizationAuditTrail audit;
  @Inject SecretBox box;

  @Resource(lookup = "java:app/jdbc/portal")
  DataSource database;

  @Resource(lookup = "java:comp/DefaultManagedExecutorService")
  ManagedExecutorService executor;

  private String adminEmail;
  private String memberEmail;
  private String strangerEmail;

  @BeforeEach
  void anOrganizationWithAnAdminAndAMember() {
    String run = UUID.randomUUID().toString().substring(0, 8);
    Organization organization = organization("tf-" + run);
    adminEmail = account(organization, "admin", OrgRole.ORG_ADMIN);
    memberEmail = account(organization, "member", OrgRole.MEMBER);
    strangerEmail = account(organization("other-" + run), "admin", OrgRole.ORG_ADMIN);
  }

  @Test
  void enrolmentIsOnOnlyAfterAFirstValidCodeAndShowsTenRecoveryCodes() {
    Enrolment enrolment = twoFactors.startEnrolment(memberEmail);

    assertThat(enrolment.otpauthUri())
        .startsWith("otpauth://totp/Shoreline:member%40")
        .contains("secret=" + enrolment.secret().replace(" ", ""), "issuer=Shoreline");
    assertThat(twoFactors.stepAfterPassword(memberEmail)).isEqualTo(SignInStep.NONE);
    assertThat(twoFactors.status(memberEmail).isPending()).isTrue();
    // a reload shows the same secret, not a new one
    assertThat(twoFactors.startEnrolment(memberEmail).secret()).isEqualTo(enrolment.secret());

    assertThatThrownBy(() -> twoFactors.confirmEnrolment(memberEmail, wrong(codeNow(enrolment))))
        .isInstanceOf(RuleViolation.class)
        .hasMessage("twoFactor.wrongCode");
    assertThat(twoFactors.status(memberEmail).isEnabled()).isFalse();

    List<String> codes = twoFactors.confirmEnrolment(memberEmail, codeNow(enrolment));

    assertThat(codes).hasSize(10).doesNotHaveDuplicates();
    TwoFactorStatus status = twoFactors.status(memberEmail);
    assertThat(status.isEnabled()).isTrue();
    assertThat(status.getRecoveryCodesLeft()).isEqualTo(10);
    assertThat(twoFactors.stepAfterPassword(memberEmail)).isEqualTo(SignInStep.CODE);
    assertThatThrownBy(() -> twoFactors.startEnrolment(memberEmail))
        .isInstanceOf(RuleViolation.class)
        .hasMessage("twoFactor.alreadyOn");
  }

  @Test
  void theSeedIsStoredSealedForItsAccountAndTheCodesOnlyAsHashes() throws Exception {
    Enrolment enrolment = twoFactors.startEnrolment(memberEmail);
    List<String> codes = twoFactors.confirmEnrolment(memberEmail, codeNow(enrolment));
    long id = accounts.findByEmail(memberEmail).orElseThrow().getId();
    String secret = enrolment.secret().replace(" ", "");

    String sealed =
        DatabaseFingerprint.row(
            database, "SELECT sealed_seed FROM second_factor WHERE account_id = " + id);
    assertThat(sealed).startsWith("v1:").doesNotContain(secret);
    assertThat(box.open("totp:" + id, sealed)).isEqualTo(secret);
    assertThatThrownBy(() -> box.open("totp:" + (id + 1), sealed))
        .isInstanceOf(IllegalArgumentException.class);
    String hashes =
        DatabaseFingerprint.row(
            database,
            "SELECT COUNT(*), MIN(code_hash), MAX(code_hash) FROM recovery_code"
                + " WHERE account_id = "
                + id);
    assertThat(hashes).startsWith("10 ");
    for (String code : codes) {
      assertThat(hashes).doesNotContain(code, code.replace("-", ""));
    }
  }

  @Test
  void aCodeIsAcceptedOnceThenItIsAReplay() {
    Enrolment enrolment = enrolled(memberEmail);
    String next = codeAt(enrolment, Totp.stepAt(Instant.now()) + 1);

    assertThat(twoFactors.acceptCode(memberEmail, next)).isTrue();
    assertThat(twoFactors.acceptCode(memberEmail, next)).as("the same code again").isFalse();
    assertThat(twoFactors.acceptCode(memberEmail, codeNow(enrolment)))
        .as("an earlier step's code after a later one")
        .isFalse();
    assertThat(twoFactors.acceptCode(memberEmail, wrong(next))).isFalse();
    assertThat(twoFactors.acceptCode(memberEmail, "")).isFalse();
    assertThat(twoFactors.acceptCode(adminEmail, next)).as("someone without an app").isFalse();
  }

  @Test
  void theSameCodeSentTwiceAtOnceIsAcceptedOnce() throws Exception {
    Enrolment enrolment = enrolled(memberEmail);
    String next = codeAt(enrolment, Totp.stepAt(Instant.now()) + 1);

    List<Object> outcomes =
        atOnce(
            List.of(
                () -> twoFactors().acceptCode(memberEmail, next),
                () -> twoFactors().acceptCode(memberEmail, next),
                () -> twoFactors().acceptCode(memberEmail, next)));

    assertThat(outcomes).containsExactlyInAnyOrder(true, false, false);
  }

  @Test
  void aRecoveryCodeWorksOnceAndOnlyForItsAccount() {
    List<String> codes =
        twoFactors.confirmEnrolment(memberEmail, codeNow(twoFactors.startEnrolment(memberEmail)));
    enrolled(adminEmail);

    assertThat(twoFactors.useRecoveryCode(adminEmail, codes.get(3))).as("another's code").isFalse();
    assertThat(twoFactors.useRecoveryCode(memberEmail, codes.get(3).toUpperCase())).isTrue();
    assertThat(twoFactors.useRecoveryCode(memberEmail, codes.get(3))).as("used up").isFalse();
    assertThat(twoFactors.useRecoveryCode(memberEmail, "aaaa-bbbb-cccc-dddd")).isFalse();
    assertThat(twoFactors.status(memberEmail).getRecoveryCodesLeft()).isEqualTo(9);
    access.openOrganization(adminEmail);
    assertThat(audit.recent(0, 5))
        .extracting(OrganizationAuditEvent::getSummary)
        .contains("Recovery code of account " + accountId(memberEmail) + ", used");
  }

  @Test
  void turningItOffNeedsACurrentCodeAndAPolicyThatAllowsIt() {
    Enrolment enrolment = enrolled(memberEmail);
    String next = codeAt(enrolment, Totp.stepAt(Instant.now()) + 1);

    assertThatThrownBy(() -> twoFactors.disable(memberEmail, wrong(next)))
        .hasMessage("twoFactor.wrongCode");
    access.openOrganization(adminEmail);
    admin.changePolicy(TwoFactorPolicy.EVERYONE, 0);
    assertThatThrownBy(() -> twoFactors.disable(memberEmail, next))
        .hasMessage("twoFactor.required");
    assertThat(twoFactors.status(memberEmail).isEnabled()).isTrue();

    access.openOrganization(adminEmail); // the person's own changes made them the request's caller
    admin.changePolicy(TwoFactorPolicy.ADMINS, admin.policy().version());
    twoFactors.disable(memberEmail, next);

    assertThat(twoFactors.status(memberEmail).isEnabled()).isFalse();
    assertThat(twoFactors.status(memberEmail).getRecoveryCodesLeft()).isZero();
    assertThat(twoFactors.stepAfterPassword(memberEmail)).isEqualTo(SignInStep.NONE);
  }

  @Test
  void thePolicyDecidesWhoMustEnrolAfterThePassword() {
    assertThat(twoFactors.stepAfterPassword(adminEmail)).isEqualTo(SignInStep.NONE);
    access.openOrganization(adminEmail);
    assertThat(admin.policy()).isEqualTo(new PolicySetting(TwoFactorPolicy.OFF, 0));

    admin.changePolicy(TwoFactorPolicy.ADMINS, 0);
    assertThat(twoFactors.stepAfterPassword(adminEmail)).isEqualTo(SignInStep.ENROL);
    assertThat(twoFactors.stepAfterPassword(memberEmail)).isEqualTo(SignInStep.NONE);
    assertThat(twoFactors.status(adminEmail).isRequired()).isTrue();

    admin.changePolicy(TwoFactorPolicy.EVERYONE, admin.policy().version());
    assertThat(twoFactors.stepAfterPassword(memberEmail)).isEqualTo(SignInStep.ENROL);
    assertThat(twoFactors.stepAfterPassword(strangerEmail))
        .as("another organization's policy")
        .isEqualTo(SignInStep.NONE);
    enrolled(memberEmail);
    assertThat(twoFactors.stepAfterPassword(memberEmail)).isEqualTo(SignInStep.CODE);
  }

  @Test
  void aPolicyChangedMeanwhileIsNotOverwrittenAndOnlyAdminsChangeIt() {
    access.openOrganization(adminEmail);
    admin.changePolicy(TwoFactorPolicy.ADMINS, 0);

    assertThatThrownBy(() -> admin.changePolicy(TwoFactorPolicy.OFF, 0))
        .isInstanceOf(ChangedMeanwhileException.class);
    access.openOrganization(memberEmail);
    long version = admin.policy().version();
    assertThatThrownBy(() -> admin.changePolicy(TwoFactorPolicy.OFF, version))
        .isInstanceOf(NotAllowedException.class);
    assertThat(admin.policy().policy()).isEqualTo(TwoFactorPolicy.ADMINS);
  }

  @Test
  void anAdminResetsTheirOwnPersonsAppButNotAnotherOrganizations() throws Exception {
    enrolled(memberEmail);
    enrolled(strangerEmail);
    long member = accountId(memberEmail);
    long stranger = accountId(strangerEmail);
    access.openOrganization(adminEmail);
    PersonSecondFactor row =
        admin.page(0, 25).stream()
            .filter(person -> person.account().getEmail().equals(memberEmail))
            .findFirst()
            .orElseThrow();
    assertThat(row.factor().isEnabled()).isTrue();
    var before = DatabaseFingerprint.of(database);

    assertThatThrownBy(() -> admin.reset(stranger, 1)).isInstanceOf(NoSuchRecordException.class);
    assertThatThrownBy(() -> admin.reset(member, row.factor().getVersion() + 1))
        .isInstanceOf(ChangedMeanwhileException.class);
    assertThat(DatabaseFingerprint.of(database)).isEqualTo(before);

    admin.reset(member, row.factor().getVersion());

    assertThat(twoFactors.status(memberEmail).isEnabled()).isFalse();
    assertThat(twoFactors.status(memberEmail).getRecoveryCodesLeft()).isZero();
    assertThat(twoFactors.status(strangerEmail).isEnabled()).isTrue();
    assertThat(audit.recent(0, 5))
        .anySatisfy(
            event -> {
              assertThat(event.getAction().name()).isEqualTo("DELETED");
              assertThat(event.getSummary())
                  .startsWith("Authenticator app of account " + member + ", on since");
            });
    access.openOrganization(memberEmail);
    assertThatThrownBy(() -> admin.reset(member, 0)).isInstanceOf(NotAllowedException.class);
  }

  @Test
  void thePeoplePageShowsWhoHasAnAppInTwoQueries() {
    enrolled(memberEmail);
    twoFactors.startEnrolment(adminEmail);
    access.openOrganization(adminEmail);

    List<PersonSecondFactor> people = admin.page(0, 25);

    assertThat(admin.count()).isEqualTo(2);
    assertThat(people)
        .extracting(person -> person.account().getEmail(), person -> state(person.factor()))
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(memberEmail, "on"),
            org.assertj.core.groups.Tuple.tuple(adminEmail, "pending"));
  }

  private static String state(SecondFactor factor) {
    return factor == null ? "none" : factor.isEnabled() ? "on" : "pending";
  }

  /** Enrols the person with a code computed from the secret shown; answers the enrolment. */
  private Enrolment enrolled(String email) {
    Enrolment enrolment = twoFactors.startEnrolment(email);
    // the code of the previous step: the tests' "current" and "next" codes stay unspent
    twoFactors.confirmEnrolment(email, codeAt(enrolment, Totp.stepAt(Instant.now()) - 1));
    return enrolment;
  }

  private static String codeNow(Enrolment enrolment) {
    return codeAt(enrolment, Totp.stepAt(Instant.now()));
  }

  private static String codeAt(Enrolment enrolment, long step) {
    return Totp.code(TotpSeed.fromBase32(enrolment.secret()).key(), step, Totp.DIGITS);
  }

  private static String wrong(String code) {
    return String.format("%06d", (Integer.parseInt(code) + 500_000) % 1_000_000);
  }

  private long accountId(String email) {
    return accounts.findByEmail(email).orElseThrow().getId();
  }

  private static TwoFactors twoFactors() {
    return CDI.current().select(TwoFactors.class).get();
  }

  private List<Object> atOnce(List<Callable<Object>> calls) throws Exception {
    CountDownLatch ready = new CountDownLatch(calls.size());
    List<Future<Object>> running = new ArrayList<>();
    for (Callable<Object> call : calls) {
      running.add(
          executor.submit(
              () -> {
                RequestContextController request =
                    CDI.current().select(RequestContextController.class).get();
                request.activate();
                try {
                  ready.countDown();
                  ready.await(10, TimeUnit.SECONDS);
                  return call.call();
                } catch (Exception e) {
                  return e;
                } finally {
                  request.deactivate();
                }
              }));
    }
    List<Object> outcomes = new ArrayList<>();
    for (Future<Object> outcome : running) {
      outcomes.add(outcome.get(30, TimeUnit.SECONDS));
    }
    return outcomes;
  }

  private Organization organization(String slug) {
    return organizations.register(slug, "Org " + slug, OrganizationKind.VENDOR, "en", "UTC");
  }

  private String account(Organization organization, String name, OrgRole role) {
    String email = name + "@" + organization.getSlug() + ".test";
    accounts.create(organization, email, name, "not-a-hash", role, "en", "UTC");
    return email;
  }
}
