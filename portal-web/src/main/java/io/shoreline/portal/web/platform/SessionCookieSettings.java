package io.shoreline.portal.web.platform;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The session cookie: never readable by scripts and, behind TLS, sent over HTTPS only ({@code
 * PORTAL_HTTP_SECURE_COOKIES=true}; the local Run command serves plain HTTP). Payara 6 ignores a
 * SameSite attribute set here; cross-site form posts are stopped by the Faces view state instead.
 */
@WebListener
public class SessionCookieSettings implements ServletContextListener {

  @Override
  public void contextInitialized(ServletContextEvent event) {
    SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
    cookie.setHttpOnly(true);
    cookie.setSecure(
        ConfigProvider.getConfig()
            .getOptionalValue("portal.http.secure-cookies", Boolean.class)
            .orElse(false));
  }
}
