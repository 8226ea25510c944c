package io.shoreline.portal.web.sso;

import io.shoreline.portal.identity.sso.PendingSignIn;
import io.shoreline.portal.identity.sso.SingleSignOn;
import io.shoreline.portal.identity.sso.SsoStart;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Sends a browser to its organization's provider, remembering the sign-in in its session. */
@RequestScoped
public class SsoRedirects {

  static final String PENDING_KEY = "io.shoreline.portal.sso.pending";

  /** Why the last sign-in at a provider failed: a message key the sign-in page shows once. */
  public static final String PROBLEM_KEY = "io.shoreline.portal.sso.problem";

  static final String CALLBACK = "/sso/callback";

  @Inject SingleSignOn singleSignOn;

  public void sendToProvider(long organizationId, String email) {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    SsoStart start = singleSignOn.start(organizationId, callbackUri(), email);
    external.getSessionMap().put(PENDING_KEY, start.pending());
    try {
      external.redirect(start.redirect().toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** This portal's callback, as the browser reaches it (the provider must list it). */
  static String callbackUri() {
    HttpServletRequest request =
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    return callbackUri(request);
  }

  static String callbackUri(HttpServletRequest request) {
    String url = request.getRequestURL().toString();
    String root = url.substring(0, url.indexOf('/', url.indexOf("//") + 2));
    return root + request.getContextPath() + CALLBACK;
  }

  static PendingSignIn takePending(HttpServletRequest request) {
    var session = request.getSession(false);
    if (session == null || !(session.getAttribute(PENDING_KEY) instanceof PendingSignIn pending)) {
      return null;
    }
    session.removeAttribute(PENDING_KEY); // one answer per sign-in
    return pending;
  }
}
