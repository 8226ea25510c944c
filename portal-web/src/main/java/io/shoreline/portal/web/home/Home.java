package io.shoreline.portal.web.home;

import io.shoreline.portal.platform.TimeSource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;

/** Backing bean of app/home.xhtml. */
@Named
@RequestScoped
public class Home {

  @Inject TimeSource time;

  public Instant getNow() {
    return time.now();
  }
}
