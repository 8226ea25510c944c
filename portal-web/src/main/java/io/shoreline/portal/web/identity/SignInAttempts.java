package io.shoreline.portal.web.identity;

import io.shoreline.portal.identity.LoginThrottle;
import io.shoreline.portal.web.platform.ClientAddress;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The sign-in throttle for this request's client: wrong passwords and wrong codes count alike,
 * against the account and against the client's address, so a stolen password does not buy unlimited
 * guesses at the code.
 */
@RequestScoped
public class SignInAttempts {

  @Inject LoginThrottle throttle;

  @Inject
  @ConfigProperty(name = "portal.http.trusted-proxies")
  Optional<String> trustedProxies;

  /** How long sign-in stays locked for this e-mail or this client; empty when it is open. */
  public Optional<Duration> lockRemaining(String email) {
    return throttle.lockRemaining(email, address());
  }

  /** Minutes to show in the "locked" message, at least one. */
  public static long minutes(Duration lock) {
    return Math.max(1, lock.toMinutes() + 1);
  }

  public void failed(String email) {
    throttle.recordFailure(email, address());
  }

  /** The whole sign-in succeeded: the account starts afresh. */
  public void succeeded(String email) {
    throttle.recordSuccess(email);
  }

  private String address() {
    HttpServletRequest request =
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    return new ClientAddress(trustedProxies.orElse(""))
        .of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"));
  }
}
