package io.shoreline.portal.web.scorecards;

import io.shoreline.portal.scorecards.Kpi;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The workspace home's scorecard card: the KPIs proposed by the other side, awaiting the viewer's.
 */
@Named
@RequestScoped
public class KpiHome {

  @Inject KpiList list;

  public List<Kpi> getAwaiting() {
    return list.getAwaitingUs();
  }
}
