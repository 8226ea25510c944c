package io.shoreline.portal.web.identity;

import io.shoreline.portal.platform.DatabaseOutage;
import io.shoreline.portal.tenancy.isolation.RequestCaller;
import io.shoreline.portal.web.platform.FailurePage;
import io.shoreline.portal.web.platform.SecurityHeaders;
import jakarta.annotation.Priority;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * The portal's one authentication mechanism, consulted on every request before any filter:
 *
 * <ul>
 *   <li>adds the security headers, so even redirects to the sign-in page carry them;
 *   <li>validates the credentials the {@link Login} bean passes (a "custom form"), and remembers
 *       the caller in the session, as long as the account stays enabled;
 *   <li>sends strangers on a protected page to the sign-in page, remembering where they were going.
 * </ul>
 */
// Payara registers a default mechanism of its own for web.xml security constraints; this one wins
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
@DeclareRoles(AccountIdentityStore.USER)
@ApplicationScoped
public class PortalAuthenticationMechanism implements HttpAuthenticationMechanism {

  static final String LOGIN_PAGE = "/login.xhtml";
  static final String CONTINUE_KEY = "io.shoreline.portal.continue";

  @Inject IdentityStoreHandler identityStores;
  @Inject RequestCaller requestCaller;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    SecurityHeaders.addTo(response);
    Credential credential = context.getAuthParameters().getCredential();
    if (context.isAuthenticationRequest() && credential != null) {
      return signIn(request, context, identityStores.validate(credential));
    }
    HttpSession session = request.getSession(false);
    if (session != null
        && session.getAttribute(SignedInCaller.SESSION_KEY) instanceof SignedInCaller caller) {
      if (stillEnabled(caller, response)) {
        return context.notifyContainerAboutLogin(caller.name(), caller.groups());
      }
      if (response.isCommitted()) {
        return AuthenticationStatus.SEND_FAILURE;
      }
      session.invalidate(); // disabled since sign-in: this session ends now
    }
    if (context.isProtected()) {
      rememberWhereTheyWereGoing(request);
      return context.redirect(request.getContextPath() + LOGIN_PAGE);
    }
    return context.doNothing();
  }

  /**
   * Whether the session's account may still enter. While the database is out of reach that cannot
   * be told: the person gets the "try again" page (503) and keeps the session.
   */
  private boolean stillEnabled(SignedInCaller caller, HttpServletResponse response) {
    try {
      return requestCaller.authenticate(caller.name());
    } catch (RuntimeException failure) {
      if (!DatabaseOutage.causedBy(failure)) {
        throw failure;
      }
      FailurePage.answerUnavailable(response);
      try {
        response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
      } catch (java.io.IOException gone) {
        // the client left; nothing to tell it
      }
      return false;
    }
  }

  private AuthenticationStatus signIn(
      HttpServletRequest request, HttpMessageContext context, CredentialValidationResult result) {
    if (result.getStatus() == CredentialValidationResult.Status.VALID) {
      request
          .getSession()
          .setAttribute(
              SignedInCaller.SESSION_KEY,
              new SignedInCaller(result.getCallerPrincipal().getName(), result.getCallerGroups()));
    }
    return context.notifyContainerAboutLogin(result);
  }

  /**
   * The portal page a person was going to when sent to sign in (forgotten once read), else home.
   */
  public static String whereTheyWereGoing(HttpSession session) {
    Object target = session.getAttribute(CONTINUE_KEY);
    session.removeAttribute(CONTINUE_KEY);
    return target instanceof String path && path.startsWith("/app/") ? path : "/app/home.xhtml";
  }

  private static void rememberWhereTheyWereGoing(HttpServletRequest request) {
    if ("GET".equals(request.getMethod())) {
      String query = request.getQueryString();
      String target =
          request.getRequestURI().substring(request.getContextPath().length())
              + (query == null ? "" : "?" + query);
      request.getSession().setAttribute(CONTINUE_KEY, target);
    }
  }

  @Override
  public void cleanSubject(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.removeAttribute(SignedInCaller.SESSION_KEY);
    }
  }
}
