package io.shoreline.portal.web.identity;

import io.shoreline.portal.identity.LoginThrottle;
import io.shoreline.portal.web.platform.ClientAddress;
import io.shoreline.portal.web.platform.FacesMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Backing bean of login.xhtml: throttles, then signs in through {@link SessionSignIn}. */
@Named
@RequestScoped
public class Login {

  @Inject LoginThrottle throttle;
  @Inject SessionSignIn session;
  @Inject FacesMessages messages;

  @Inject
  @ConfigProperty(name = "portal.http.trusted-proxies")
  Optional<String> trustedProxies;

  private String email;
  private String password;

  public String signIn() {
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
