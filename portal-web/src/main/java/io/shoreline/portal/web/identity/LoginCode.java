package io.shoreline.portal.web.identity;

import io.shoreline.portal.twofactor.SignInStep;
import io.shoreline.portal.twofactor.TwoFactors;
import io.shoreline.portal.web.platform.FacesMessages;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Optional;

/**
 * Backing bean of login-code.xhtml, the second sign-in step: a code of the person's authenticator
 * app, or one of their recovery codes. Wrong codes count against the same throttle as wrong
 * passwords; the session becomes signed in (with a new id) only when a code is accepted.
 */
@Named
@RequestScoped
public class LoginCode {

  @Inject SignInAttempts attempts;
  @Inject TwoFactors twoFactors;
  @Inject SessionSignIn session;
  @Inject FacesMessages messages;

  private String code;

  /** The view action: without a password checked in the last minutes, back to the sign-in page. */
  public void open() {
    if (pending().isEmpty()) {
      toSignInPage();
    }
  }

  public String verify() {
    Optional<PendingSecondStep> pending = pending();
    if (pending.isEmpty()) {
      toSignInPage();
      return null;
    }
    String email = pending.get().email();
    Optional<Duration> lock = attempts.lockRemaining(email);
    if (lock.isPresent()) {
      messages.error("login.locked", SignInAttempts.minutes(lock.get()));
      return null;
    }
    if (!accepted(email)) {
      attempts.failed(email);
      messages.error("login.code.failed");
      return null;
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    PendingSecondStep.forget(faces.getExternalContext());
    if (!session.signInVerified(email)) {
      toSignInPage(); // disabled since the password step
      return null;
    }
    attempts.succeeded(email);
    return Login.continueWhereTheyWereGoing(faces);
  }

  /** An authenticator code, else a recovery code; the same one used twice at once fails once. */
  private boolean accepted(String email) {
    try {
      return twoFactors.acceptCode(email, code) || twoFactors.useRecoveryCode(email, code);
    } catch (EJBException concurrentUse) {
      return false;
    }
  }

  private static Optional<PendingSecondStep> pending() {
    return PendingSecondStep.of(
        FacesContext.getCurrentInstance().getExternalContext(), SignInStep.CODE);
  }

  static void toSignInPage() {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    try {
      external.redirect(external.getRequestContextPath() + "/login.xhtml");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    faces.responseComplete();
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }
}
