package io.shoreline.portal.web.api.feeds;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The largest submission the API takes: PORTAL_API_MAX_BODY_MB, 100 MB unless configured. */
@ApplicationScoped
public class BodyLimit {

  @Inject
  @ConfigProperty(name = "portal.api.max-body-mb", defaultValue = "100")
  long megabytes;

  public long bytes() {
    return megabytes * 1024 * 1024;
  }

  public long megabytes() {
    return megabytes;
  }
}
