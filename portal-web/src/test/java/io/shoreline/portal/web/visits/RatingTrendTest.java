package io.shoreline.portal.web.visits;

import static org.assertj.core.api.Assertions.assertThat;

import io.shoreline.portal.visits.AreaRating;
import io.shoreline.portal.visits.SiteVisit;
import io.shoreline.portal.visits.VisitArea;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class RatingTrendTest {

  @Test
  void onePointPerVisitTheAverageOfItsAreasAndGapsWhereAnAreaWasNotRated() {
    SiteVisit first = visit(1, "2026-03-10T08:00:00Z");
    SiteVisit second = visit(2, "2026-06-02T23:30:00Z"); // 3 June on the site's clock
    List<AreaRating> ratings =
        List.of(
            rating(1, VisitArea.QUALITY, 2),
            rating(1, VisitArea.CULTURE, 5),
            rating(2, VisitArea.QUALITY, 4));

    String json =
        RatingTrend.json(
            List.of(first, second),
            ratings,
            ResourceBundle.getBundle("io.shoreline.portal.web.messages", Locale.ENGLISH));

    assertThat(json)
        .contains("\"labels\":[\"2026-03-10\",\"2026-06-03\"]")
        .contains("\"data\":[3.5,4.0],\"label\":\"Average\"")
        .contains("\"data\":[2,4],\"label\":\"Quality\"")
        .contains("\"data\":[5,null],\"label\":\"Culture\"")
        .contains("\"data\":[null,null],\"label\":\"Training\"")
        .contains("\"min\":1", "\"max\":5")
        .doesNotContain("<");
  }

  private static SiteVisit visit(long id, String start) {
    return SampleVisit.entity(
        SiteVisit.class,
        Map.of(
            "id",
            id,
            "siteName",
            "Lisbon </script> Centre",
            "siteTimeZone",
            "Europe/Lisbon",
            "startsAt",
            Instant.parse(start)));
  }

  private static AreaRating rating(long visit, VisitArea area, int score) {
    return SampleVisit.entity(
        AreaRating.class, Map.of("visitId", visit, "area", area, "score", score));
  }
}
