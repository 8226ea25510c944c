package io.shoreline.portal.web.identity;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import io.shoreline.portal.identity.Accounts;
import io.shoreline.portal.twofactor.SignInStep;
import io.shoreline.portal.twofactor.TwoFactors;
import io.shoreline.portal.web.platform.UserSettings;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Signs a person into this browser session: the one way in, for the sign-in form, a new
 * organization's first admin, an accepted invitation and an identity provider's answer alike. The
 * credentials always go through the identity store, so a new account gets no shortcut around its
 * checks.
 */
@RequestScoped
public class SessionSignIn {

  @Inject SecurityContext security;
  @Inject Accounts accounts;
  @Inject CurrentUser currentUser;
  @Inject UserSettings settings;
  @Inject TwoFactors twoFactors;

  /**
   * Whether the person is now signed in with their password alone (a new organization's first
   * admin, an accepted invitation); the session is set up for them if so. Not when a second factor
   * is due (their organization requires one): they sign in on the sign-in page, which asks for it.
   */
  public boolean signIn(String email, String password) {
    if (twoFactors.stepAfterPassword(email) != SignInStep.NONE) {
      return false;
    }
    return signIn(email, new UsernamePasswordCredential(email, new Password(password)));
  }

  /**
   * Signs in a person whose password and second step this request has checked (the login's second
   * step): the identity store checks again that the account may sign in.
   */
  boolean signInVerified(String email) {
    return signIn(email, new VerifiedSignIn(email));
  }

  private boolean signIn(String email, Credential credential) {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    return signIn(
        (HttpServletRequest) external.getRequest(),
        (HttpServletResponse) external.getResponse(),
        email,
        credential);
  }

  /**
   * Signs in the person whose e-mail their organization's identity provider vouched for (its ID
   * token verified by the caller).
   */
  public boolean signInVouchedFor(
      HttpServletRequest request, HttpServletResponse response, String email) {
    return signIn(request, response, email, new ProviderCredential(email));
  }

  private boolean signIn(
      HttpServletRequest request,
      HttpServletResponse response,
      String email,
      Credential credential) {
    if (request.getSession(false) != null) {
      // a new session id for the session that becomes authenticated: no session fixation
      request.changeSessionId();
    }
    security.authenticate(
        request, response, withParams().newAuthentication(true).credential(credential));
    if (security.getCallerPrincipal() == null) {
      return false;
    }
    accounts
        .recordSignIn(email)
        .ifPresent(
            signIn -> {
              currentUser.signedIn(signIn.account(), signIn.previous());
              settings.apply(signIn.account());
            });
    return true;
  }
}
