package io.shoreline.portal.web.identity;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import io.shoreline.portal.identity.Accounts;
import io.shoreline.portal.identity.LoginThrottle;
import io.shoreline.portal.web.platform.ClientAddress;
import io.shoreline.portal.web.platform.FacesMessages;
import io.shoreline.portal.web.platform.UserSettings;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Backing bean of login.xhtml: throttles, authenticates, and sets up the session. */
@Named
@RequestScoped
public class Login {

  @Inject SecurityContext security;
  @Inject LoginThrottle throttle;
  @Inject Accounts accounts;
  @Inject CurrentUser currentUser;
  @Inject UserSettings settings;
  @Inject FacesMessages messages;

  @Inject
  @ConfigProperty(name = "portal.http.trusted-proxies")
  Optional<String> trustedProxies;

  private String email;
  private String password;

  public String signIn() {
    FacesContext faces = FacesContext.getCurrentInstance();
    HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
    HttpServletResponse response = (HttpServletResponse) faces.getExternalContext().getResponse();
    String address =
        new ClientAddress(trustedProxies.orElse(""))
            .of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"));

    Optional<Duration> lock = throttle.lockRemaining(email, address);
    if (lock.isPresent()) {
      messages.error("login.locked", Math.max(1, lock.get().toMinutes() + 1));
      return null;
    }
    // a new session id for the session that becomes authenticated: no session fixation
    request.changeSessionId();
    security.authenticate(
        request,
        response,
        withParams()
            .newAuthentication(true)
            .credential(new UsernamePasswordCredential(email, new Password(password))));
    if (security.getCallerPrincipal() == null) {
      throttle.recordFailure(email, address);
      messages.error("login.failed");
      return null;
    }
    signedIn();
    return continueWhereTheyWereGoing(faces);
  }

  /** Back to the page that sent them here (remembered by the mechanism), else home. */
  private static String continueWhereTheyWereGoing(FacesContext faces) {
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

  private void signedIn() {
    throttle.recordSuccess(email);
    accounts
        .recordSignIn(email)
        .ifPresent(
            signIn -> {
              currentUser.signedIn(signIn.account(), signIn.previous());
              settings.apply(signIn.account());
            });
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
