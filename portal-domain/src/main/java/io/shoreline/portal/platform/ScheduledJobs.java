package io.shoreline.portal.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Whether the timers that change tenant data (feed freshness, bulletin reminders, the daily digest)
 * run on their own. On by default; the integration tests turn them off ({@code
 * PORTAL_SCHEDULED_JOBS=false}) and call each job with the instant they choose, so that a timer
 * firing in the middle of a test (at a feed's deadline, say) cannot change what it measures.
 */
@ApplicationScoped
public class ScheduledJobs {

  @Inject
  @ConfigProperty(name = "portal.scheduled-jobs", defaultValue = "true")
  boolean enabled;

  public boolean enabled() {
    return enabled;
  }
}
