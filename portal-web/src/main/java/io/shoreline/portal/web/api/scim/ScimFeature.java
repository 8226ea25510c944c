package io.shoreline.portal.web.api.scim;

import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;

/**
 * Registers SCIM's error format in the SCIM servlet only: the portal API's application finds this
 * feature too, and keeps its own format.
 */
@Provider
public class ScimFeature implements Feature {

  @Override
  public boolean configure(FeatureContext context) {
    if (!ScimMount.isScim(context.getConfiguration())) {
      return false;
    }
    context.register(ScimErrors.class);
    return true;
  }
}
