package io.shoreline.portal.scorecards.feedback;

import io.shoreline.portal.platform.RuleViolation;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;

/**
 * The reads of the open workspace's feedback, paged and grouped in the database. The boundary that
 * calls them has checked who reads (a member, or a token allowed to).
 */
@Dependent
public class FeedbackQueries {

  @PersistenceContext EntityManager em;

  /** A page of the filter's items, latest received first. */
  public List<FeedbackItem> page(FeedbackFilter filter, int first, int max) {
    FeedbackFilter valid = filter.validated();
    return valid
        .bind(
            em.createQuery(
                "SELECT f FROM FeedbackItem f"
                    + valid.where()
                    + " ORDER BY f.receivedOn DESC, f.id DESC",
                FeedbackItem.class))
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  public long count(FeedbackFilter filter) {
    FeedbackFilter valid = filter.validated();
    return valid
        .bind(em.createQuery("SELECT COUNT(f) FROM FeedbackItem f" + valid.where(), Long.class))
        .getSingleResult();
  }

  /**
   * The filter's items by topic and period, from the filter's first day (or the period's default
   * start) to its last (or today): grouped by topic, day, sentiment and delight in the database,
   * added up per period in {@link FeedbackTrends}.
   */
  FeedbackTrends trends(FeedbackFilter filter, TrendPeriod period, LocalDate today) {
    LocalDate last = filter.to() == null ? today : filter.to();
    LocalDate first = filter.from() == null ? period.defaultFirst(last) : filter.from();
    FeedbackFilter during = filter.during(first, last).validated();
    FeedbackTrends trends = new FeedbackTrends(period, first, last);
    if (trends.getPeriods().size() > TrendPeriod.MOST_PERIODS) {
      throw new RuleViolation("feedback.trendTooLong", TrendPeriod.MOST_PERIODS);
    }
    during
        .bind(
            em.createQuery(
                "SELECT f.topic, f.receivedOn, f.sentiment, f.delighted, COUNT(f)"
                    + " FROM FeedbackItem f"
                    + during.where()
                    + " GROUP BY f.topic, f.receivedOn, f.sentiment, f.delighted",
                Object[].class))
        .getResultStream()
        .forEach(
            row ->
                trends.add(
                    (String) row[0],
                    (LocalDate) row[1],
                    (Sentiment) row[2],
                    Boolean.TRUE.equals(row[3]),
                    ((Number) row[4]).longValue()));
    return trends;
  }

  /** The topics used so far, by name (for the filter's choices). */
  List<String> topics(int max) {
    return em.createNamedQuery(FeedbackItem.TOPICS, String.class)
        .setMaxResults(max)
        .getResultList();
  }
}
