package io.shoreline.portal.testing;

import java.util.List;

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
          new Route("/app/org/partners.xhtml", Exposure.ORGANIZATION),
          new Route("/app/org/sites.xhtml", Exposure.ORGANIZATION),
          new Route("/app/org/agents.xhtml", Exposure.ORGANIZATION),
          new Route("/app/members.xhtml?w={workspace}", Exposure.WORKSPACE),
          new Route("/app/activity.xhtml?w={workspace}", Exposure.WORKSPACE));

  private Routes() {}

  public static List<Route> exposing(Exposure exposure) {
    return ALL.stream().filter(route -> route.exposure() == exposure).toList();
  }
}
