package io.shoreline.portal.twofactor;

import io.shoreline.portal.audit.Audited;
import io.shoreline.portal.identity.Account;
import io.shoreline.portal.identity.Accounts;
import io.shoreline.portal.platform.NotAllowedException;
import io.shoreline.portal.platform.RuleViolation;
import io.shoreline.portal.platform.SecretBox;
import io.shoreline.portal.platform.TimeSource;
import io.shoreline.portal.tenancy.isolation.TenantAccess;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A person's own second factor: what sign-in asks after the password, checking codes and recovery
 * codes, setting up an authenticator app and turning it off. Every method names the person by the
 * e-mail the web tier vouches for: the signed-in caller, or the person whose password was just
 * checked.
 */
@Stateless
@Audited
public class TwoFactors {

  @PersistenceContext EntityManager em;
  @Inject Accounts accounts;
  @Inject SecretBox box;
  @Inject TimeSource time;
  @Inject TenantAccess access;

  /** What the person must do after a correct password. */
  public SignInStep stepAfterPassword(String email) {
    Account account = person(email);
    if (factor(account).filter(SecondFactor::isEnabled).isPresent()) {
      return SignInStep.CODE;
    }
    return policyOf(account).requires(account.getRole()) ? SignInStep.ENROL : SignInStep.NONE;
  }

  /** The person's second factor as their security page shows it. */
  public TwoFactorStatus status(String email) {
    Account account = person(email);
    Optional<SecondFactor> factor = factor(account);
    long codesLeft =
        em.createNamedQuery(RecoveryCode.COUNT_UNUSED, Long.class)
            .setParameter("account", account.getId())
            .getSingleResult();
    return new TwoFactorStatus(
        factor.map(SecondFactor::getEnabledAt).orElse(null),
        factor.filter(f -> !f.isEnabled()).isPresent(),
        factor.isPresent() ? codesLeft : 0,
        policyOf(account).requires(account.getRole()));
  }

  /**
   * A new authenticator for the person, or the one they started and have not confirmed yet (a page
   * reloaded in between shows the same QR code).
   */
  public Enrolment startEnrolment(String email) {
    Account account = person(email);
    access.actAs(account);
    SecondFactor factor = factor(account).orElse(null);
    if (factor != null && factor.isEnabled()) {
      throw new RuleViolation("twoFactor.alreadyOn");
    }
    if (factor == null) {
      String sealed = box.seal(purpose(account), TotpSeed.random().base32());
      factor =
          new SecondFactor(account.getId(), account.getOrganization().getId(), sealed, time.now());
      em.persist(factor);
    }
    return enrolment(account, factor);
  }

  /** The authenticator the person started to set up, if any. */
  public Optional<Enrolment> pendingEnrolment(String email) {
    Account account = person(email);
    return factor(account).filter(f -> !f.isEnabled()).map(f -> enrolment(account, f));
  }

  /**
   * Switches the started authenticator on with its first code; answers the recovery codes, which
   * are shown now and never again.
   */
  public List<String> confirmEnrolment(String email, String code) {
    Account account = person(email);
    access.actAs(account);
    SecondFactor factor =
        factor(account)
            .filter(f -> !f.isEnabled())
            .orElseThrow(() -> new RuleViolation("twoFactor.notStarted"));
    Instant now = time.now();
    long step =
        Totp.acceptedStep(seed(account, factor), code, now, 0)
            .orElseThrow(() -> new RuleViolation("twoFactor.wrongCode"));
    factor.enable(now, step);
    return newRecoveryCodes(account, now);
  }

  /**
   * Whether the code is the person's current authenticator code, not accepted before. It is then
   * spent: the same code (or an earlier one) is refused from now on.
   */
  public boolean acceptCode(String email, String code) {
    Account account = person(email);
    Optional<SecondFactor> factor = factor(account).filter(SecondFactor::isEnabled);
    if (factor.isEmpty()) {
      return false;
    }
    OptionalLong step =
        Totp.acceptedStep(
            seed(account, factor.get()), code, time.now(), factor.get().getLastStep());
    return step.isPresent()
        && SecondFactorStatements.acceptStep(em, account.getId(), step.getAsLong());
  }

  /** Whether the text is one of the person's unused recovery codes; it is used up if so. */
  public boolean useRecoveryCode(String email, String code) {
    if (!RecoveryCodes.looksLikeOne(code)) {
      return false;
    }
    Account account = person(email);
    Optional<RecoveryCode> unused =
        em.createNamedQuery(RecoveryCode.UNUSED_BY_HASH, RecoveryCode.class)
            .setParameter("account", account.getId())
            .setParameter("hash", RecoveryCodes.hash(account.getId(), code))
            .getResultStream()
            .findFirst();
    if (unused.isEmpty() || factor(account).filter(SecondFactor::isEnabled).isEmpty()) {
      return false;
    }
    access.actAs(account);
    unused.get().use(time.now());
    em.flush(); // a second sign-in with the same code at once fails here, on the version
    return true;
  }

  /** Turns the person's authenticator off; needs a current code, and a policy that allows it. */
  public void disable(String email, String code) {
    Account account = person(email);
    access.actAs(account);
    if (policyOf(account).requires(account.getRole())) {
      throw new RuleViolation("twoFactor.required");
    }
    if (factor(account).filter(SecondFactor::isEnabled).isEmpty()) {
      throw new RuleViolation("twoFactor.notOn");
    }
    if (!acceptCode(email, code)) {
      throw new RuleViolation("twoFactor.wrongCode");
    }
    SecondFactor factor = factor(account).orElseThrow();
    em.refresh(factor); // accepting the code updated its row, and its version, in bulk
    em.remove(factor);
    SecondFactorStatements.removeRecoveryCodes(em, account.getId());
  }

  private List<String> newRecoveryCodes(Account account, Instant now) {
    SecondFactorStatements.removeRecoveryCodes(em, account.getId());
    List<String> codes = RecoveryCodes.generate();
    for (String code : codes) {
      em.persist(
          new RecoveryCode(
              account.getId(),
              account.getOrganization().getId(),
              RecoveryCodes.hash(account.getId(), code),
              now));
    }
    return codes;
  }

  private Enrolment enrolment(Account account, SecondFactor factor) {
    TotpSeed seed = new TotpSeed(seed(account, factor));
    return new Enrolment(seed.grouped(), seed.otpauthUri(account.getEmail()));
  }

  private byte[] seed(Account account, SecondFactor factor) {
    return TotpSeed.fromBase32(box.open(purpose(account), factor.getSealedSeed())).key();
  }

  private static String purpose(Account account) {
    return "totp:" + account.getId();
  }

  private Optional<SecondFactor> factor(Account account) {
    return Optional.ofNullable(em.find(SecondFactor.class, account.getId()));
  }

  private TwoFactorPolicy policyOf(Account account) {
    return Optional.ofNullable(
            em.find(OrganizationSecurity.class, account.getOrganization().getId()))
        .map(OrganizationSecurity::getTwoFactorPolicy)
        .orElse(TwoFactorPolicy.OFF);
  }

  private Account person(String email) {
    return Optional.ofNullable(email)
        .flatMap(accounts::findByEmail)
        .filter(Account::isEnabled)
        .orElseThrow(() -> new NotAllowedException("No enabled account " + email));
  }
}
