package io.shoreline.portal.web.identity;

import io.shoreline.portal.twofactor.SignInStep;
import io.shoreline.portal.twofactor.TwoFactors;
import io.shoreline.portal.web.platform.Outcomes;
import io.shoreline.portal.web.twofactor.EnrolmentView;
import io.shoreline.portal.web.twofactor.RecoveryCodesView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;

/**
 * Backing bean of login-enrol.xhtml: the organization requires a second factor and the person who
 * just gave their password has none, so they set up an authenticator before entering the portal.
 * The first valid code switches it on and signs the session in; the recovery codes are shown then,
 * once.
 */
@Named
@RequestScoped
public class LoginEnrolment {

  @Inject TwoFactors twoFactors;
  @Inject SessionSignIn session;
  @Inject SignInAttempts attempts;
  @Inject Outcomes outcomes;

  private String code;
  private EnrolmentView enrolment;
  private RecoveryCodesView recoveryCodes;

  /** The view action: starts (or shows again) the authenticator being set up. */
  public void open() {
    Optional<PendingSecondStep> pending = pending();
    if (pending.isEmpty()) {
      LoginCode.toSignInPage();
      return;
    }
    enrolment = new EnrolmentView(twoFactors.startEnrolment(pending.get().email()));
  }

  public String confirm() {
    Optional<PendingSecondStep> pending = pending();
    if (pending.isEmpty()) {
      LoginCode.toSignInPage();
      return null;
    }
    String email = pending.get().email();
    Optional<List<String>> codes = outcomes.attempt(() -> twoFactors.confirmEnrolment(email, code));
    if (codes.isEmpty()) {
      return null;
    }
    PendingSecondStep.forget(FacesContext.getCurrentInstance().getExternalContext());
    if (!session.signInVerified(email)) {
      LoginCode.toSignInPage();
      return null;
    }
    attempts.succeeded(email);
    recoveryCodes = new RecoveryCodesView(codes.get());
    return null; // the same page shows the codes, once, and the way into the portal
  }

  /** The authenticator being set up; none once it is on. */
  public EnrolmentView getEnrolment() {
    if (enrolment == null && recoveryCodes == null) {
      enrolment =
          pending()
              .flatMap(pending -> twoFactors.pendingEnrolment(pending.email()))
              .map(EnrolmentView::new)
              .orElse(null);
    }
    return enrolment;
  }

  public RecoveryCodesView getRecoveryCodes() {
    return recoveryCodes;
  }

  private static Optional<PendingSecondStep> pending() {
    return PendingSecondStep.of(
        FacesContext.getCurrentInstance().getExternalContext(), SignInStep.ENROL);
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }
}
