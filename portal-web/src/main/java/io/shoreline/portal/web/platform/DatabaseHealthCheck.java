package io.shoreline.portal.web.platform;

import io.shoreline.portal.platform.DatabaseStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while the database answers; a load balancer then sends no traffic here. */
@Readiness
@ApplicationScoped
public class DatabaseHealthCheck implements HealthCheck {

  @Inject DatabaseStatus database;

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("database").status(database.isReachable()).build();
  }
}
