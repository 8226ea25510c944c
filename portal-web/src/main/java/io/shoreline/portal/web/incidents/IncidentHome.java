package io.shoreline.portal.web.incidents;

import io.shoreline.portal.scorecards.incidents.Incident;
import io.shoreline.portal.scorecards.incidents.Incidents;
import io.shoreline.portal.web.platform.Outcomes;
import io.shoreline.portal.web.platform.Tenants;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The workspace home's incidents: those not closed yet, worst and oldest first, and how many. */
@Named
@RequestScoped
public class IncidentHome {

  static final int SHOWN = 5;

  @Inject Tenants tenants;
  @Inject Incidents incidents;
  @Inject Outcomes outcomes;

  private List<Incident> unclosed;
  private Long count;

  public List<Incident> getUnclosed() {
    if (unclosed == null) {
      unclosed =
          outcomes
              .attempt(
                  () -> {
                    tenants.workspace();
                    return incidents.unclosed(SHOWN);
                  })
              .orElse(List.of());
    }
    return unclosed;
  }

  public long getCount() {
    if (count == null) {
      count =
          outcomes
              .attempt(
                  () -> {
                    tenants.workspace();
                    return incidents.countUnclosed();
                  })
              .orElse(0L);
    }
    return count;
  }
}
