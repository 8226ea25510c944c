package io.shoreline.portal.web.identity;

import io.shoreline.portal.twofactor.SignInStep;
import io.shoreline.portal.twofactor.TwoFactors;
import io.shoreline.portal.web.platform.FacesMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Backing bean of login.xhtml: throttles, checks the password, then signs in through {@link
 * SessionSignIn}, or, for a person with a second factor (or whose organization requires one), sends
 * them to its step ({@link LoginCode}, {@link LoginEnrolment}) with the session not yet signed in.
 */
@Named
@RequestScoped
public class Login {

  @Inject SignInAttempts attempts;
  @Inject IdentityStoreHandler identityStores;
  @Inject TwoFactors twoFactors;
  @Inject SessionSignIn session;
  @Inject FacesMessages messages;

  private String email;
  private String password;

  public String signIn() {
    Optional<Duration> lock = attempts.lockRemaining(email);
    if (lock.isPresent()) {
      messages.error("login.locked", SignInAttempts.minutes(lock.get()));
      return null;
    }
    if (!passwordIsRight()) {
      attempts.failed(email);
      messages.error("login.failed");
      return null;
    }
    SignInStep step = twoFactors.stepAfterPassword(email);
    FacesContext faces = FacesContext.getCurrentInstance();
    if (step != SignInStep.NONE) {
      new PendingSignIn(email, step, Instant.now()).keepIn(faces.getExternalContext());
      return step == SignInStep.CODE
          ? "/login-code?faces-redirect=true"
          : "/login-enrol?faces-redirect=true";
    }
    if (!session.signInVerified(email)) {
      messages.error("login.failed"); // disabled between the two checks
      return null;
    }
    attempts.succeeded(email);
    return continueWhereTheyWereGoing(faces);
  }

  private boolean passwordIsRight() {
    return identityStores
            .validate(new UsernamePasswordCredential(email, new Password(password)))
            .getStatus()
        == CredentialValidationResult.Status.VALID;
  }

  /** Back to the page that sent them here (remembered by the mechanism), else home. */
  static String continueWhereTheyWereGoing(FacesContext faces) {
    Object target =
        faces
            .getExternalContext()
            .getSessionMap()
            .remove(PortalAuthenticationMechanism.CONTINUE_KEY);
    if (target instanceof String path && path.startsWith("/app/")) {
      try {
        faces
            .getExternalContext()
            .redirect(faces.getExternalContext().getRequestContextPath() + path);
        return null;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return "/app/home?faces-redirect=true";
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
