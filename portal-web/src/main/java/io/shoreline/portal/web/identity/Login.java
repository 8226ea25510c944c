package io.shoreline.portal.web.identity;

import io.shoreline.portal.identity.LoginThrottle;
import io.shoreline.portal.identity.sso.SingleSignOn;
import io.shoreline.portal.platform.RuleViolation;
import io.shoreline.portal.web.platform.ClientAddress;
import io.shoreline.portal.web.platform.FacesMessages;
import io.shoreline.portal.web.sso.SsoRedirects;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Backing bean of login.xhtml, e-mail first: people of an organization with single sign-on go to
 * its provider; the others then type their password, throttled, and sign in through {@link
 * SessionSignIn}.
 */
@Named
@RequestScoped
public class Login {

  @Inject LoginThrottle throttle;
  @Inject SessionSignIn session;
  @Inject FacesMessages messages;
  @Inject SingleSignOn singleSignOn;
  @Inject SsoRedirects providers;

  @Inject
  @ConfigProperty(name = "portal.http.trusted-proxies")
  Optional<String> trustedProxies;

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
    FacesContext faces = FacesContext.getCurrentInstance();
    HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
    String address =
        new ClientAddress(trustedProxies.orElse(""))
            .of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"));

    Optional<Duration> lock = throttle.lockRemaining(email, address);
    if (lock.isPresent()) {
      messages.error("login.locked", Math.max(1, lock.get().toMinutes() + 1));
      return null;
    }
    if (!session.signIn(email, password)) {
      throttle.recordFailure(email, address);
      messages.error("login.failed");
      return null;
    }
    throttle.recordSuccess(email);
    return continueWhereTheyWereGoing(faces);
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
  private static String continueWhereTheyWereGoing(FacesContext faces) {
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
