package io.shoreline.portal.platform;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The current instant, truncated to what the database stores (microseconds). */
@ApplicationScoped
public class TimeSource {

  public Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MICROS);
  }
}
