package io.shoreline.portal.visits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shoreline.portal.platform.RuleViolation;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link SiteVisit}: what its report allows in each status. */
class VisitStatusRulesTest {

  private static final PartnerSite MANILA =
      new PartnerSite(7, "Manila", "Manila", "PH", "Asia/Manila");
  private static final PartnerSite PARIS =
      new PartnerSite(8, "Paris Nord", "Paris", "FR", "Europe/Paris");
  private static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");

  @Test
  void aPlannedVisitCopiesTheSiteAndStoresTheSiteClockAsUtc() {
    SiteVisit visit = planned();

    assertThat(visit.getStatus()).isEqualTo(VisitStatus.PLANNED);
    assertThat(visit.isOpen()).isTrue();
    assertThat(visit.getSiteId()).isEqualTo(7);
    assertThat(visit.getSiteName()).isEqualTo("Manila");
    assertThat(visit.getSiteCity()).isEqualTo("Manila");
    assertThat(visit.getSiteTimeZone()).isEqualTo("Asia/Manila");
    assertThat(visit.getStartsAt()).isEqualTo(Instant.parse("2026-06-10T01:00:00Z"));
    assertThat(visit.getEndsAt()).isEqualTo(Instant.parse("2026-06-10T09:00:00Z"));
    assertThat(visit.getNotes()).isEmpty();
    assertThat(visit.getPlannedBy()).isEqualTo(2);
    assertThat(visit.getPlannedAt()).isEqualTo(NOW);
    assertThat(visit.getSignedOffAt()).isNull();
    assertThatCode(visit::requireOpen).doesNotThrowAnyException();
  }

  @Test
  void replanningToAnotherSiteTakesItsZone() {
    SiteVisit visit = planned();
    visit.replan(plan(), PARIS);

    assertThat(visit.getSiteName()).isEqualTo("Paris Nord");
    assertThat(visit.getSiteTimeZone()).isEqualTo("Europe/Paris");
    assertThat(visit.getStartsAt()).isEqualTo(Instant.parse("2026-06-10T07:00:00Z"));
  }

  @Test
  void inReviewTheReportCannotChangeUntilReopened() {
    SiteVisit visit = planned();
    visit.sendToReview();

    assertThat(visit.getStatus()).isEqualTo(VisitStatus.IN_REVIEW);
    assertThat(visit.isOpen()).isFalse();
    assertRefused(visit::requireOpen, "visits.inReview");
    assertRefused(() -> visit.writeNotes("late"), "visits.inReview");
    assertRefused(() -> visit.replan(plan(), PARIS), "visits.inReview");
    assertRefused(visit::sendToReview, "visits.inReview");
    assertThat(visit.getNotes()).isEmpty();
    assertThat(visit.getSiteName()).isEqualTo("Manila");

    visit.reopen();
    assertThat(visit.getStatus()).isEqualTo(VisitStatus.PLANNED);
    visit.writeNotes("now");
    assertThat(visit.getNotes()).isEqualTo("now");
  }

  @Test
  void aSignedOffReportNeverChangesAgain() {
    SiteVisit visit = planned();
    visit.sendToReview();
    visit.signedOff(NOW.plusSeconds(60));

    assertThat(visit.getStatus()).isEqualTo(VisitStatus.SIGNED_OFF);
    assertThat(visit.getSignedOffAt()).isEqualTo(NOW.plusSeconds(60));
    assertThat(visit.isOpen()).isFalse();
    assertRefused(visit::requireOpen, "visits.signedOff");
    assertRefused(() -> visit.writeNotes("late"), "visits.signedOff");
    assertRefused(() -> visit.replan(plan(), PARIS), "visits.signedOff");
    assertRefused(visit::sendToReview, "visits.signedOff");
    assertRefused(visit::reopen, "visits.notInReview");
    assertThat(visit.getStatus()).isEqualTo(VisitStatus.SIGNED_OFF);
    assertThat(visit.getSiteName()).isEqualTo("Manila");
  }

  @Test
  void onlyAReportInReviewCanBeReopened() {
    SiteVisit visit = planned();

    assertRefused(visit::reopen, "visits.notInReview");
    assertThat(visit.getStatus()).isEqualTo(VisitStatus.PLANNED);
  }

  @Test
  void theAuditSummaryNamesSiteTimesStatusAndPurpose() {
    assertThat(planned().auditSummary())
        .isEqualTo(
            "Visit to Manila from 2026-06-10T01:00:00Z to 2026-06-10T09:00:00Z (PLANNED):"
                + " Quarterly audit");
  }

  private static SiteVisit planned() {
    return new SiteVisit(plan(), MANILA, 2, NOW);
  }

  private static VisitPlan plan() {
    return new VisitPlan(
        7,
        LocalDateTime.parse("2026-06-10T09:00"),
        LocalDateTime.parse("2026-06-10T17:00"),
        "Quarterly audit",
        List.of(1L),
        List.of(5L));
  }

  private static void assertRefused(Runnable action, String key) {
    assertThatThrownBy(action::run)
        .isInstanceOf(RuleViolation.class)
        .satisfies(e -> assertThat(((RuleViolation) e).key()).isEqualTo(key));
  }
}
