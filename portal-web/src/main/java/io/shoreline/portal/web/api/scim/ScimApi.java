package io.shoreline.portal.web.api.scim;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import java.util.Set;

/**
 * SCIM's root, apart from the portal's API: its resources and its own error format only. The
 * portal's API application scans every resource of the WAR, SCIM's too; {@link ScimMount} answers
 * 404 for them there, so SCIM exists at /scim/v2 alone.
 */
@ApplicationPath("scim/v2")
public class ScimApi extends Application {

  /** The property that tells a SCIM resource it runs in this application. */
  static final String MOUNTED = "io.shoreline.portal.scim";

  @Override
  public Set<Class<?>> getClasses() {
    return Set.of(
        UsersResource.class,
        GroupsResource.class,
        DiscoveryResource.class,
        ScimErrors.class,
        ScimMount.class);
  }

  @Override
  public Map<String, Object> getProperties() {
    return Map.of(MOUNTED, Boolean.TRUE);
  }
}
