package io.shoreline.portal.scorecards;

import io.shoreline.portal.bulletins.AckSubject;
import io.shoreline.portal.visits.VisitStatus;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The figures of KPIs on the portal's own records: visit ratings, feedback, incidents and bulletin
 * acknowledgements. Each source is one query (grouped in the database where rows could be many),
 * read only when a KPI asks for it.
 */
@Dependent
class RecordFigures {

  private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);

  @PersistenceContext EntityManager em;

  void collect(List<Kpi> kpis, PeriodBuckets buckets, long vendorOrgId, FigureBook book) {
    List<Kpi> visits = of(kpis, KpiSource.VISIT_RATINGS);
    List<Kpi> feedback = of(kpis, KpiSource.FEEDBACK);
    List<Kpi> incidents = of(kpis, KpiSource.INCIDENTS);
    List<Kpi> acks = of(kpis, KpiSource.BULLETIN_ACKS);
    if (!visits.isEmpty()) {
      visitRatings(visits, buckets, book);
    }
    if (!feedback.isEmpty()) {
      feedback(feedback, buckets, book);
    }
    if (!incidents.isEmpty()) {
      incidents(incidents, buckets, book);
    }
    if (!acks.isEmpty()) {
      acknowledgements(acks, buckets, vendorOrgId, book);
    }
  }

  /** The mean of the area ratings of the visits signed off, by the day each visit began. */
  private void visitRatings(List<Kpi> kpis, PeriodBuckets buckets, FigureBook book) {
    Map<ScorePeriod, Set<Long>> visits = new HashMap<>();
    em.createQuery(
            "SELECT v.id, v.startsAt, r.score FROM AreaRating r, SiteVisit v"
                + " WHERE r.visitId = v.id AND v.status = :signedOff"
                + " AND v.startsAt >= :from AND v.startsAt < :until",
            Object[].class)
        .setParameter("signedOff", VisitStatus.SIGNED_OFF)
        .setParameter("from", buckets.from())
        .setParameter("until", buckets.until())
        .getResultStream()
        .forEach(
            row ->
                buckets
                    .of((Instant) row[1])
                    .ifPresent(
                        period -> {
                          visits.computeIfAbsent(period, p -> new HashSet<>()).add((Long) row[0]);
                          BigDecimal score = BigDecimal.valueOf(((Number) row[2]).longValue());
                          kpis.forEach(kpi -> book.tally(kpi, period).add(score));
                        }));
    visits.forEach((period, ids) -> kpis.forEach(kpi -> book.countItems(kpi, period, ids.size())));
  }

  /**
   * Items per day received, delighted or not and by sentiment: grouped in the database and added up
   * here (EclipseLink binds the literals of a CASE as parameters, which H2 cannot sum).
   */
  private void feedback(List<Kpi> kpis, PeriodBuckets buckets, FigureBook book) {
    Map<ScorePeriod, FeedbackCounts> periods = new HashMap<>();
    em.createQuery(
            "SELECT f.receivedOn, f.delighted, f.sentiment, COUNT(f) FROM FeedbackItem f"
                + " WHERE f.receivedOn >= :first AND f.receivedOn < :end"
                + " GROUP BY f.receivedOn, f.delighted, f.sentiment",
            Object[].class)
        .setParameter("first", buckets.firstDay())
        .setParameter("end", buckets.endDay())
        .getResultStream()
        .forEach(
            row ->
                buckets
                    .of((LocalDate) row[0])
                    .ifPresent(
                        period ->
                            periods
                                .computeIfAbsent(period, p -> new FeedbackCounts())
                                .add(
                                    Boolean.TRUE.equals(row[1]),
                                    // the feedback package's enum by name: the scorecard reads
                                    // feedback, not the reverse
                                    "POSITIVE".equals(String.valueOf(row[2])),
                                    ((Number) row[3]).longValue())));
    periods.forEach((period, counts) -> counts.tally(kpis, period, book));
  }

  /** The feedback items of one period: all, delighted, positive. */
  private static final class FeedbackCounts {
    private long items;
    private long delighted;
    private long positive;

    void add(boolean isDelighted, boolean isPositive, long count) {
      items += count;
      delighted += isDelighted ? count : 0;
      positive += isPositive ? count : 0;
    }

    void tally(List<Kpi> kpis, ScorePeriod period, FigureBook book) {
      BigDecimal all = BigDecimal.valueOf(items);
      for (Kpi kpi : kpis) {
        Tally tally = book.tally(kpi, period);
        switch (kpi.getMeasure()) {
          case Measures.DELIGHTED_RATE -> tally.add(BigDecimal.valueOf(delighted), all);
          case Measures.POSITIVE_RATE -> tally.add(BigDecimal.valueOf(positive), all);
          default -> tally.add(all);
        }
        book.countItems(kpi, period, (int) items);
      }
    }
  }

  /** Counted by the day they started; hours to resolve by the day service came back. */
  private void incidents(List<Kpi> kpis, PeriodBuckets buckets, FigureBook book) {
    em.createQuery(
            "SELECT i.startedAt, i.endedAt FROM Incident i"
                + " WHERE (i.startedAt >= :from AND i.startedAt < :until)"
                + " OR (i.endedAt >= :from AND i.endedAt < :until)",
            Object[].class)
        .setParameter("from", buckets.from())
        .setParameter("until", buckets.until())
        .getResultStream()
        .forEach(row -> tallyIncident(kpis, (Instant) row[0], (Instant) row[1], buckets, book));
  }

  private static void tallyIncident(
      List<Kpi> kpis, Instant started, Instant ended, PeriodBuckets buckets, FigureBook book) {
    for (Kpi kpi : kpis) {
      if (Measures.INCIDENT_COUNT.equals(kpi.getMeasure())) {
        buckets.of(started).ifPresent(period -> book.tally(kpi, period).add(BigDecimal.ONE));
      } else if (ended != null) {
        BigDecimal hours =
            BigDecimal.valueOf(Duration.between(started, ended).toSeconds())
                .divide(SECONDS_PER_HOUR, 4, RoundingMode.HALF_UP);
        buckets.of(ended).ifPresent(period -> book.tally(kpi, period).add(hours));
      }
    }
  }

  /**
   * Of the bulletins to the vendor's people published in a period (not withdrawn): how many of
   * their recipients acknowledged the current revision.
   */
  private void acknowledgements(
      List<Kpi> kpis, PeriodBuckets buckets, long vendorOrgId, FigureBook book) {
    Map<Long, Instant> published = new HashMap<>();
    Map<Long, BigDecimal> recipients = new HashMap<>();
    em.createQuery(
            "SELECT b.id, b.publishedAt, COUNT(r) FROM Bulletin b, AckRecipient r"
                + " WHERE r.subjectKind = :bulletin AND r.subjectId = b.id"
                + " AND b.audienceOrgId = :vendor AND b.withdrawnAt IS NULL"
                + " AND b.publishedAt >= :from AND b.publishedAt < :until"
                + " GROUP BY b.id, b.publishedAt",
            Object[].class)
        .setParameter("bulletin", AckSubject.BULLETIN)
        .setParameter("vendor", vendorOrgId)
        .setParameter("from", buckets.from())
        .setParameter("until", buckets.until())
        .getResultStream()
        .forEach(
            row -> {
              published.put((Long) row[0], (Instant) row[1]);
              recipients.put((Long) row[0], number(row[2]));
            });
    Map<Long, BigDecimal> acknowledged = new HashMap<>();
    if (!published.isEmpty()) {
      em.createQuery(
              "SELECT b.id, COUNT(a) FROM Bulletin b, AckRecipient r, Ack a"
                  + " WHERE b.id IN :ids AND r.subjectKind = :bulletin AND r.subjectId = b.id"
                  + " AND a.subjectKind = r.subjectKind AND a.subjectId = b.id"
                  + " AND a.subjectVersion = b.revision AND a.accountId = r.accountId"
                  + " GROUP BY b.id",
              Object[].class)
          .setParameter("ids", published.keySet())
          .setParameter("bulletin", AckSubject.BULLETIN)
          .getResultStream()
          .forEach(row -> acknowledged.put((Long) row[0], number(row[1])));
    }
    published.forEach(
        (id, at) ->
            buckets
                .of(at)
                .ifPresent(
                    period ->
                        kpis.forEach(
                            kpi -> {
                              book.tally(kpi, period)
                                  .add(
                                      acknowledged.getOrDefault(id, BigDecimal.ZERO),
                                      recipients.get(id));
                            })));
  }

  private static List<Kpi> of(List<Kpi> kpis, KpiSource source) {
    return kpis.stream().filter(kpi -> kpi.getSource() == source).toList();
  }

  private static BigDecimal number(Object count) {
    return count == null ? BigDecimal.ZERO : new BigDecimal(count.toString());
  }
}
