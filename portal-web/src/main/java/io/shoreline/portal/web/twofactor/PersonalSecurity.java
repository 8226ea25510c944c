package io.shoreline.portal.web.twofactor;

import io.shoreline.portal.twofactor.TwoFactorStatus;
import io.shoreline.portal.twofactor.TwoFactors;
import io.shoreline.portal.web.identity.SignInAttempts;
import io.shoreline.portal.web.platform.FacesMessages;
import io.shoreline.portal.web.platform.Outcomes;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Backing bean of app/security.xhtml: the signed-in person's own second factor. Set up an
 * authenticator app (QR code, secret, a first code to confirm it), see the recovery codes once, and
 * turn it off with a current code when the organization does not require it. Everything the page
 * shows is read again on each request: the authenticator being set up is stored, not held in the
 * view.
 */
@Named
@RequestScoped
public class PersonalSecurity {

  static final String SELF = "/app/security?faces-redirect=true";

  @Inject TwoFactors twoFactors;
  @Inject SecurityContext security;
  @Inject Outcomes outcomes;
  @Inject FacesMessages messages;
  @Inject SignInAttempts attempts;

  private String code;
  private TwoFactorStatus status;
  private EnrolmentView enrolment;
  private RecoveryCodesView recoveryCodes;

  public String start() {
    enrolment =
        outcomes
            .attempt(() -> twoFactors.startEnrolment(email()))
            .map(EnrolmentView::new)
            .orElse(null);
    status = null;
    return null;
  }

  public String confirm() {
    Optional<List<String>> codes =
        outcomes.attempt(() -> twoFactors.confirmEnrolment(email(), code));
    if (codes.isPresent()) {
      messages.info("twoFactor.enabled");
      recoveryCodes = new RecoveryCodesView(codes.get());
      status = null;
      enrolment = null;
    }
    return null; // the codes are shown in this response only
  }

  /** Wrong codes count against the sign-in throttle: a session left open buys no free guesses. */
  public String disable() {
    Optional<Duration> lock = attempts.lockRemaining(email());
    if (lock.isPresent()) {
      messages.error("login.locked", SignInAttempts.minutes(lock.get()));
      return null;
    }
    if (!outcomes.attempt(() -> twoFactors.disable(email(), code))) {
      attempts.failed(email());
      return null;
    }
    messages.info("twoFactor.disabled");
    return SELF;
  }

  public TwoFactorStatus getStatus() {
    if (status == null) {
      status = twoFactors.status(email());
    }
    return status;
  }

  /** The authenticator being set up, if one was started and not confirmed. */
  public EnrolmentView getEnrolment() {
    if (enrolment == null && getStatus().isPending()) {
      enrolment = twoFactors.pendingEnrolment(email()).map(EnrolmentView::new).orElse(null);
    }
    return enrolment;
  }

  public RecoveryCodesView getRecoveryCodes() {
    return recoveryCodes;
  }

  private String email() {
    return security.getCallerPrincipal().getName();
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }
}
