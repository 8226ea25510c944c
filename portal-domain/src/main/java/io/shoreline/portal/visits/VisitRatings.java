package io.shoreline.portal.visits;

import io.shoreline.portal.audit.Audited;
import io.shoreline.portal.platform.RuleViolation;
import io.shoreline.portal.tenancy.isolation.CallerMembership;
import io.shoreline.portal.tenancy.isolation.TenantBound;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The visit's ratings per area, 1 to 5; rating an area again replaces its score. */
@Stateless
@TenantBound
@Audited
public class VisitRatings {

  @PersistenceContext EntityManager em;
  @Inject SiteVisits visits;
  @Inject CallerMembership member;

  /** Sets the scores given (areas left out keep theirs; 0 clears one). */
  public void rate(long visitId, Map<VisitArea, Integer> scores) {
    scores.forEach(VisitRatings::requireScore);
    visits.openForChange(visitId);
    Map<VisitArea, AreaRating> stored = byArea(visitId);
    scores.forEach(
        (area, score) -> {
          AreaRating rating = stored.get(area);
          if (score == 0) {
            if (rating != null) {
              em.remove(rating);
            }
          } else if (rating == null) {
            em.persist(new AreaRating(visitId, area, score));
          } else {
            rating.rescore(score);
          }
        });
  }

  public Map<VisitArea, AreaRating> byArea(long visitId) {
    visits.find(visitId);
    Map<VisitArea, AreaRating> byArea = new EnumMap<>(VisitArea.class);
    em.createNamedQuery(AreaRating.OF_VISIT, AreaRating.class)
        .setParameter("visit", visitId)
        .getResultStream()
        .forEach(rating -> byArea.put(rating.getArea(), rating));
    return byArea;
  }

  /** Every rating of the site's visits, oldest visit first: its trend. */
  public List<AreaRating> atSite(long siteId) {
    member.get();
    return em.createNamedQuery(AreaRating.AT_SITE, AreaRating.class)
        .setParameter("site", siteId)
        .getResultList();
  }

  private static void requireScore(VisitArea area, Integer score) {
    if (area == null
        || score == null
        || (score != 0 && (score < AreaRating.LOWEST || score > AreaRating.HIGHEST))) {
      throw new RuleViolation("visits.ratingRange", AreaRating.LOWEST, AreaRating.HIGHEST);
    }
  }
}
