package io.shoreline.portal.web.sso;

import io.shoreline.portal.identity.Account;
import io.shoreline.portal.identity.sso.SingleSignOn;
import io.shoreline.portal.platform.RuleViolation;
import io.shoreline.portal.web.identity.PortalAuthenticationMechanism;
import io.shoreline.portal.web.identity.SessionSignIn;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Where an organization's provider sends the browser back: the answer must belong to the sign-in
 * this session started; then the account it names is signed in, or the sign-in page says why not.
 */
@WebServlet(SsoRedirects.CALLBACK)
public class SsoCallback extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(SsoCallback.class.getName());

  @Inject SingleSignOn singleSignOn;
  @Inject SessionSignIn sessionSignIn;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    var pending = SsoRedirects.takePending(request);
    if (request.getParameter("error") != null) {
      // the person cancelled at the provider, or it refused them
      refuse(request, response, "sso.refused.provider");
      return;
    }
    Account account;
    try {
      account =
          singleSignOn.finish(pending, request.getParameter("state"), request.getParameter("code"));
    } catch (RuntimeException e) {
      refuse(request, response, reason(e));
      return;
    }
    if (!sessionSignIn.signInVouchedFor(request, response, account.getEmail())) {
      refuse(request, response, "sso.refused.disabled");
      return;
    }
    response.sendRedirect(
        request.getContextPath()
            + PortalAuthenticationMechanism.whereTheyWereGoing(request.getSession()));
  }

  private static String reason(RuntimeException failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof RuleViolation rule) {
        return rule.key();
      }
    }
    LOG.log(Level.WARNING, "single sign-on failed", failure);
    return "sso.refused.token";
  }

  /** Back to the sign-in page, which says why (the key is one of the portal's own messages). */
  private static void refuse(HttpServletRequest request, HttpServletResponse response, String key)
      throws IOException {
    request.getSession().setAttribute(SsoRedirects.PROBLEM_KEY, key);
    response.sendRedirect(request.getContextPath() + "/login.xhtml");
  }
}
