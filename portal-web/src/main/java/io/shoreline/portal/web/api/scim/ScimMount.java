package io.shoreline.portal.web.api.scim;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * SCIM is served by a Jersey servlet of its own at /scim/v2 (web.xml), which scans this package
 * only and carries the {@link #MOUNTED} property. No second JAX-RS Application class: Payara's
 * OpenAPI document fails with two. The portal API's application scans every resource of the WAR,
 * SCIM's too; this filter answers 404 for them there, so SCIM exists at /scim/v2 alone.
 */
@Provider
@ScimOnly
public class ScimMount implements ContainerRequestFilter {

  /** Where web.xml maps the SCIM servlet. */
  public static final String PATH = "scim/v2";

  /** The SCIM servlet's init parameter (a Jersey property) that marks its application. */
  static final String MOUNTED = "io.shoreline.portal.scim";

  @Context Configuration configuration;

  @Override
  public void filter(ContainerRequestContext request) {
    if (!isScim(configuration)) {
      request.abortWith(Response.status(404).build());
    }
  }

  static boolean isScim(Configuration configuration) {
    return "true".equals(String.valueOf(configuration.getProperty(MOUNTED)));
  }
}
