package io.shoreline.portal.testing;

import java.util.List;
import java.util.Map;

/**
 * Every route of the portal, with what it exposes. {@code RouteInventoryTest} fails when a view or
 * REST endpoint exists that is not listed here; the adversarial tests probe every {@link
 * Exposure#WORKSPACE} and {@link Exposure#ORGANIZATION} route from the other tenant's side. A new
 * route is therefore covered, or the build fails until it is.
 */
public final class Routes {

  /** What a route shows or changes, and so how it must be attacked. */
  public enum Exposure {
    /** Open to anyone (sign-in page). */
    PUBLIC,
    /** The caller's own account only; takes no tenant id. */
    OWN_ACCOUNT,
    /** Data of the workspace whose id is in the URL: {workspace}. */
    WORKSPACE,
    /** Private data of the caller's organization. */
    ORGANIZATION
  }

  /** {@code path} is a view ("/app/x.xhtml?w={workspace}") or "METHOD /api/v1/…". */
  public record Route(String path, Exposure exposure) {

    /** The path without its query: what the inventory finds in the code. */
    public String target() {
      int query = path.indexOf('?');
      return query < 0 ? path : path.substring(0, query);
    }

    /** The HTTP method: GET for a view. */
    public String method() {
      return path.startsWith("/") ? "GET" : path.substring(0, path.indexOf(' '));
    }

    /** The URL with a workspace id filled in, relative to the portal's root. */
    public String withWorkspace(String workspaceId) {
      String url = path.startsWith("/") ? path : path.substring(path.indexOf(' ') + 1);
      return url.replace("{workspace}", workspaceId).substring(1);
    }
  }

  public static final List<Route> ALL =
      List.of(
          new Route("/login.xhtml", Exposure.PUBLIC),
          new Route("/app/home.xhtml", Exposure.OWN_ACCOUNT),
          new Route("/app/workspace.xhtml?w={workspace}", Exposure.WORKSPACE),
          new Route("GET /api/v1/me", Exposure.OWN_ACCOUNT),
          new Route("/signup.xhtml", Exposure.PUBLIC),
          // the token in the link is the only key: unknown, used or expired ones show no form
          new Route("/accept-invitation.xhtml", Exposure.PUBLIC),
          new Route("/app/org/people.xhtml", Exposure.ORGANIZATION),
          new Route("/app/org/audit.xhtml", Exposure.ORGANIZATION),
          // every organization, but for platform operators only (403 for anyone else); it takes
          // no tenant id, so there is no other side to probe it from
          new Route("/app/operator/organizations.xhtml", Exposure.OWN_ACCOUNT));

  /**
   * A form action: the EL method a view's button invokes ("#{bean.method}", without arguments), and
   * how the adversarial suite attacks it: it loads {@code view} in the attacker's own tenant, finds
   * the button whose client id ends with {@code button}, and posts the form with {@code forged}
   * request parameters naming the other tenant's records. Placeholders in braces are filled from
   * the other tenant's real ids (see AdversarialIT). An action of the caller's own account or of a
   * public page has nothing to forge.
   */
  public record Action(
      String view, String method, Exposure exposure, String button, Map<String, String> forged) {

    public static Action ownAccount(String view, String method) {
      return new Action(view, method, Exposure.OWN_ACCOUNT, null, Map.of());
    }

    public static Action open(String view, String method) {
      return new Action(view, method, Exposure.PUBLIC, null, Map.of());
    }

    public boolean isProbed() {
      return exposure == Exposure.WORKSPACE || exposure == Exposure.ORGANIZATION;
    }
  }

  public static final List<Action> ACTIONS =
      List.of(
          Action.open("/login.xhtml", "#{login.signIn}"),
          Action.ownAccount("/app/home.xhtml", "#{languageSwitch.switchTo}"),
          Action.ownAccount("/app/home.xhtml", "#{signOut.signOut}"));

  private Routes() {}

  public static List<Route> exposing(Exposure exposure) {
    return ALL.stream().filter(route -> route.exposure() == exposure).toList();
  }
}
