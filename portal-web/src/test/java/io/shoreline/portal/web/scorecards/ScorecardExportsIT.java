package io.shoreline.portal.web.scorecards;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.shoreline.portal.feeds.ColumnType;
import io.shoreline.portal.feeds.Feed;
import io.shoreline.portal.feeds.FeedColumn;
import io.shoreline.portal.feeds.FeedColumns;
import io.shoreline.portal.feeds.FeedDefinition;
import io.shoreline.portal.feeds.FeedDirection;
import io.shoreline.portal.feeds.FeedIngest.Submission;
import io.shoreline.portal.feeds.FeedSubmissions;
import io.shoreline.portal.feeds.Feeds;
import io.shoreline.portal.feeds.IngestFormat;
import io.shoreline.portal.feeds.IngestMode;
import io.shoreline.portal.scorecards.Direction;
import io.shoreline.portal.scorecards.Kpi;
import io.shoreline.portal.scorecards.KpiDefinition;
import io.shoreline.portal.scorecards.KpiSource;
import io.shoreline.portal.scorecards.Kpis;
import io.shoreline.portal.scorecards.Perspective;
import io.shoreline.portal.scorecards.TermsDetails;
import io.shoreline.portal.scorecards.Thresholds;
import io.shoreline.portal.tenancy.Partnership;
import io.shoreline.portal.tenancy.WorkspaceRole;
import io.shoreline.portal.tenancy.isolation.TenantAccess;
import io.shoreline.portal.testing.ClientsAndVendor;
import io.shoreline.portal.testing.DatabaseFingerprint;
import io.shoreline.portal.testing.PdfText;
import io.shoreline.portal.testing.WebClient;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The scorecard's CSV and PDF downloads over HTTP, with fresh tenants: vendor V sends client A a
 * feed of calls handled per day, and both agreed on a KPI that sums it. Members of A–V download the
 * period's scorecard; a period the scorecard does not know is a 400 with a sentence.
 */
@ExtendWith(ArquillianExtension.class)
class ScorecardExportsIT {

  @ArquillianResource URL base;
  @Inject ClientsAndVendor clientsAndVendor;
  @Inject TenantAccess access;
  @Inject Feeds feeds;
  @Inject FeedSubmissions submissions;
  @Inject Kpis kpis;

  @Resource(lookup = "java:app/jdbc/portal")
  DataSource database;

  private ClientsAndVendor.Fixture tenants;
  private Partnership av;

  @BeforeEach
  void anAgreedKpiOnAFeedOfTheVendor() {
    tenants = clientsAndVendor.create(WorkspaceRole.COORDINATOR);
    av = tenants.av();
    access.openWorkspace(av.getId(), tenants.victor());
    Feed calls =
        feeds.create(
            new FeedDefinition(
                "Calls handled",
                "",
                FeedDirection.VENDOR_TO_CLIENT,
                FeedColumns.of(
                    List.of(
                        FeedColumn.of("day", ColumnType.DATE, true, true),
                        FeedColumn.of("handled", ColumnType.DECIMAL, false, true))),
                Optional.empty()));
    submissions.submit(
        calls.getId(),
        new Submission(
            new ByteArrayInputStream(
                "day,handled\n2026-10-05,15\n2026-11-03,10\n2026-11-10,15.5\n".getBytes(UTF_8)),
            IngestFormat.CSV,
            IngestMode.SNAPSHOT,
            null));
    Kpi kpi =
        kpis.propose(
            new KpiDefinition(
                "Appels traités",
                "",
                "calls",
                Perspective.OPERATIONS,
                Direction.HIGHER_IS_BETTER,
                KpiSource.FEED,
                "SUM",
                calls.getId(),
                "day",
                "handled",
                null),
            new TermsDetails(
                LocalDate.of(2026, 1, 1),
                new Thresholds(
                    Direction.HIGHER_IS_BETTER,
                    new BigDecimal("25"),
                    new BigDecimal("20"),
                    new BigDecimal("10")),
                2,
                ""));
    access.openWorkspace(av.getId(), tenants.alice());
    kpis.agree(kpi.getId(), kpi.getVersion());
  }

  @Test
  void aMemberDownloadsThePeriodsCsv() throws Exception {
    HttpResponse<byte[]> csv = signedIn(tenants.alice()).download(url("scorecard-csv", "2026-11"));

    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
    assertThat(csv.headers().firstValue("Content-Disposition"))
        .hasValueSatisfying(
            disposition ->
                assertThat(disposition)
                    .contains("filename*=UTF-8''")
                    .contains(
                        java.net.URLEncoder.encode(av.getName(), UTF_8).replace("+", "%20")
                            + "%20scorecard%202026-11.csv"));
    assertThat(new String(csv.body(), UTF_8).split("\r\n"))
        .containsExactly(
            String.join(",", ScorecardCsvFile.HEADER),
            "OPERATIONS,Appels traités,calls,HIGHER_IS_BETTER,FEED:SUM,2026-11,25.5,25,20,10,2,"
                + "GREEN,15,AMBER,BETTER,2,0,Calls handled,1",
            "OVERALL,Overall score,%,HIGHER_IS_BETTER,,2026-11,100,,,,,GREEN,50,AMBER,BETTER,,,,");
  }

  @Test
  void theVendorSideDownloadsThePdf() throws Exception {
    HttpResponse<byte[]> pdf = signedIn(tenants.victor()).download(url("scorecard-pdf", "2026-11"));

    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/pdf"));
    assertThat(new String(pdf.body(), 0, 5, UTF_8)).isEqualTo("%PDF-");
    String text = PdfText.of(pdf.body()).replaceAll("\\s+", " ");
    assertThat(text)
        .contains("Scorecard · November 2026", av.getName(), "Appels traités", "Green", "Amber")
        .contains("Periods count " + av.getClient().getName() + "'s days (Europe/London)");
  }

  @Test
  void aPeriodTheScorecardDoesNotKnowIsABadRequestThatSaysWhy() throws Exception {
    WebClient alice = signedIn(tenants.alice());
    var before = DatabaseFingerprint.of(database);

    for (String path :
        List.of(
            url("scorecard-csv", "2026-13"),
            url("scorecard-pdf", "next-month"),
            "app/scorecard-csv?w=" + av.getId(),
            "app/scorecard-pdf?w=" + av.getId() + "&period=")) {
      HttpResponse<String> refused = alice.get(path);
      assertThat(refused.statusCode()).as(path).isEqualTo(400);
      assertThat(refused.headers().firstValue("Content-Type"))
          .as(path)
          .hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
      assertThat(refused.body())
          .as(path)
          .isEqualTo(
              "This period is not one the scorecard knows: use 2026-11, 2026-W47 or 2026-Q4.");
    }
    assertThat(DatabaseFingerprint.of(database)).isEqualTo(before);
  }

  @Test
  void aNonMemberIsToldNothingEvenWithABadPeriod() throws Exception {
    WebClient bob = signedIn(tenants.bob());

    assertThat(bob.get(url("scorecard-csv", "2026-11")).statusCode()).isEqualTo(404);
    assertThat(bob.get(url("scorecard-pdf", "2026-13")).statusCode()).isEqualTo(404);
  }

  private String url(String download, String period) {
    return "app/" + download + "?w=" + av.getId() + "&period=" + period;
  }

  private WebClient signedIn(String email) throws Exception {
    return WebClient.signedIn(base, email, ClientsAndVendor.PASSWORD);
  }
}
