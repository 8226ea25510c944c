package io.shoreline.portal.web.identity;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import io.shoreline.portal.identity.Accounts;
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

  /** Whether the person is now signed in; the session is set up for them if so. */
  public boolean signIn(String email, String password) {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    return signIn(
        (HttpServletRequest) external.getRequest(),
        (HttpServletResponse) external.getResponse(),
        email,
        new UsernamePasswordCredential(email, new Password(password)));
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
