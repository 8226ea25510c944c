package io.shoreline.portal.web.people;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where an invitation mail sends its reader: the accept page under the portal's public address.
 * That address is {@code portal.base-url} (PORTAL_BASE_URL), which production sets, because behind
 * a proxy the request's own scheme and host are the proxy's, and its Host header is whatever the
 * client sent. Without it, as on a developer's machine, the address the admin used is taken.
 */
@RequestScoped
public class InvitationLinks {

  static final String ACCEPT_PAGE = "/accept-invitation.xhtml";

  @Inject
  @ConfigProperty(name = "portal.base-url")
  Optional<String> baseUrl;

  public String acceptPage() {
    return baseUrl
            .map(String::strip)
            .filter(url -> !url.isEmpty())
            .map(url -> url.replaceAll("/+$", ""))
            .orElseGet(InvitationLinks::ofThisRequest)
        + ACCEPT_PAGE;
  }

  private static String ofThisRequest() {
    ExternalContext request = FacesContext.getCurrentInstance().getExternalContext();
    return root(
        request.getRequestScheme(),
        request.getRequestServerName(),
        request.getRequestServerPort(),
        request.getRequestContextPath());
  }

  /** "https://portal.example.com/app" style: the port only when it is not the scheme's own. */
  static String root(String scheme, String host, int port, String contextPath) {
    boolean defaultPort =
        "http".equals(scheme) && port == 80 || "https".equals(scheme) && port == 443;
    return scheme + "://" + host + (defaultPort ? "" : ":" + port) + contextPath;
  }
}
