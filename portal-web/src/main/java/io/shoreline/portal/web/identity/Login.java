package io.shoreline.portal.web.identity;

import io.shoreline.portal.identity.sso.SingleSignOn;
import io.shoreline.portal.platform.RuleViolation;
import io.shoreline.portal.twofactor.SignInStep;
import io.shoreline.portal.twofactor.TwoFactors;
import io.shoreline.portal.web.platform.FacesMessages;
import io.shoreline.portal.web.sso.SsoRedirects;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Backing bean of login.xhtml, e-mail first: people of an organization with single sign-on go to
 * its provider; the others then type their password, throttled, and sign in through {@link
 * SessionSignIn}, or, with a second factor (or an organization that requires one), go on to its
 * step ({@link LoginCode}, {@link LoginEnrolment}) with the session not yet signed in.
 */
@Named
@RequestScoped
public class Login {

  @Inject SignInAttempts attempts;
  @Inject IdentityStoreHandler identityStores;
  @Inject TwoFactors twoFactors;
  @Inject SessionSignIn session;
  @Inject FacesMessages messages;
  @Inject SingleSignOn singleSignOn;
  @Inject SsoRedirects providers;

  private String email;
  private String password;
  private boolean passwordStep;
  private String providerProblem;

  /** After the e-mail: to the person's provider, or on to the password. */
  public String next() {
    if (!sentToProvider()) {
      passwordStep = true;
    }
    return null;
  }

  public String signIn() {
    if (sentToProvider()) {
      return null;
    }
    passwordStep = true;
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
      new PendingSecondStep(email, step, Instant.now()).keepIn(faces.getExternalContext());
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

  private boolean sentToProvider() {
    Optional<Long> organization = singleSignOn.organizationFor(email);
    if (organization.isEmpty()) {
      return false;
    }
    try {
      providers.sendToProvider(organization.get(), email);
    } catch (RuleViolation e) {
      // the provider does not answer: say so, rather than offer a password that cannot work
      messages.error(e.key(), e.arguments());
    }
    return true;
  }

  /** Why the last sign-in at a provider failed, shown once; null when it did not. */
  public String getProviderProblem() {
    if (providerProblem == null) {
      Object key =
          FacesContext.getCurrentInstance()
              .getExternalContext()
              .getSessionMap()
              .remove(SsoRedirects.PROBLEM_KEY);
      providerProblem = key instanceof String problem ? messages.text(problem) : "";
    }
    return providerProblem.isEmpty() ? null : providerProblem;
  }

  public boolean isPasswordStep() {
    return passwordStep;
  }

  /** Back to the page that sent them here (remembered by the mechanism), else home. */
  static String continueWhereTheyWereGoing(FacesContext faces) {
    ExternalContext external = faces.getExternalContext();
    try {
      external.redirect(
          external.getRequestContextPath()
              + PortalAuthenticationMechanism.whereTheyWereGoing(
                  (HttpSession) external.getSession(true)));
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
