package io.shoreline.portal.web.api.scim;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/** SCIM resources answer under /scim/v2 only; the portal API's scan of them finds nothing. */
@Provider
@ScimOnly
public class ScimMount implements ContainerRequestFilter {

  @Context Configuration configuration;

  @Override
  public void filter(ContainerRequestContext request) {
    if (!Boolean.TRUE.equals(configuration.getProperty(ScimApi.MOUNTED))) {
      request.abortWith(Response.status(404).build());
    }
  }
}
