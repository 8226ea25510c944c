package io.shoreline.portal.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.shoreline.portal.feeds.FeedIngest.Submission;
import io.shoreline.portal.feeds.IngestOutcome.Accepted;
import io.shoreline.portal.feeds.IngestOutcome.Rejected;
import io.shoreline.portal.identity.Account;
import io.shoreline.portal.identity.Accounts;
import io.shoreline.portal.identity.OrgRole;
import io.shoreline.portal.platform.NoSuchRecordException;
import io.shoreline.portal.platform.NotAllowedException;
import io.shoreline.portal.platform.RuleViolation;
import io.shoreline.portal.tenancy.Memberships;
import io.shoreline.portal.tenancy.Organization;
import io.shoreline.portal.tenancy.Partnership;
import io.shoreline.portal.tenancy.WorkspaceRole;
import io.shoreline.portal.tenancy.isolation.TenantAccess;
import io.shoreline.portal.testing.ClientsAndVendor;
import io.shoreline.portal.testing.DatabaseFingerprint;
import io.shoreline.portal.testing.Mailbox;
import io.shoreline.portal.testing.SqlCapture;
import io.shoreline.portal.testing.WebClient;
import io.shoreline.portal.threads.Notification;
import io.shoreline.portal.threads.Notifications;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Feeds inside the server: vendor V publishes daily KPIs to client A in A–V (Victor coordinates for
 * V, Vera contributes; Alice coordinates for A); client B works with V in B–V. A submission is
 * stored whole as a version or not at all, retries are not stored twice, concurrent submissions
 * land one after the other, and nothing of A–V is reachable from B–V.
 */
@ExtendWith(ArquillianExtension.class)
class FeedsIT {

  private static final String HEADER = "date,queue,offered,answered,service_level,csat,channel\n";
  private static final Pattern UPLOAD_KEY =
      Pattern.compile("name=\"uploadKey\" value=\"([0-9a-f-]{36})\"");

  @Inject ClientsAndVendor clientsAndVendor;
  @Inject Accounts accounts;
  @Inject Memberships memberships;
  @Inject TenantAccess access;
  @Inject Feeds feeds;
  @Inject FeedSubmissions submissions;
  @Inject FeedRows rows;
  @Inject FeedFreshness freshness;
  @Inject Notifications notifications;
  @PersistenceUnit EntityManagerFactory persistenceUnit;
  @ArquillianResource URL base;

  @Resource(lookup = "java:app/jdbc/portal")
  DataSource database;

  @Resource(lookup = "java:comp/DefaultManagedExecutorService")
  ManagedExecutorService executor;

  private String alice;
  private String bob;
  private String victor;
  private String vera;
  private Partnership av;
  private Partnership bv;
  private long kpis;

  @BeforeEach
  void vendorPublishesDailyKpisToClientA() {
    ClientsAndVendor.Fixture tenants = clientsAndVendor.create(WorkspaceRole.COORDINATOR);
    alice = tenants.alice();
    bob = tenants.bob();
    victor = tenants.victor();
    av = tenants.av();
    bv = tenants.bv();
    vera = member(av.getVendor(), "vera", WorkspaceRole.CONTRIBUTOR);
    access.openWorkspace(av.getId(), victor);
    kpis = feeds.create(kpiDefinition("Daily KPIs")).getId();
  }

  @Test
  void anAcceptedCsvIsAVersionWithItsProvenanceAndRows() {
    access.openWorkspace(av.getId(), vera);
    Accepted first =
        accepted(
            csv(
                HEADER
                    + "2026-03-01,Billing,120,110,91.67,4.2,voice\n"
                    + "2026-03-01,Sales,80,75,93.75,,chat\n"));

    assertThat(first).isEqualTo(new Accepted(1, 2, 0, 0, 0, false));
    access.openWorkspace(av.getId(), alice); // the client reads what the vendor sent
    assertThat(rows.page(kpis, 0, List.of(), 0, 10))
        .extracting(FeedRow::cells)
        .containsExactly(
            List.of("2026-03-01", "Billing", "120", "110", "91.67", "4.20", "voice"),
            List.of("2026-03-01", "Sales", "80", "75", "93.75", "", "chat"));
    FeedVersion version = rows.versions(kpis, 0, 10).get(0);
    assertThat(version.getSource()).isEqualTo("UI");
    assertThat(version.getSubmitterAccountId()).isEqualTo(id(vera));
    assertThat(version.getSubmitterOrganizationId()).isEqualTo(av.getVendor().getId());
    assertThat(version.getSubmittedAt()).isNotNull();
    assertThat(feeds.find(kpis).getCurrentVersion()).isEqualTo(1);
  }

  @Test
  void mergeChangesAndAddsWhileSnapshotAlsoRemovesAndTheDiffShowsEachKey() {
    access.openWorkspace(av.getId(), victor);
    accepted(csv(HEADER + kpi("Billing", 100) + kpi("Sales", 80) + kpi("Claims", 10)));

    Accepted merge =
        accepted(csv(HEADER + kpi("Billing", 101) + kpi("Sales", 80) + kpi("Care", 5)));
    assertThat(merge).isEqualTo(new Accepted(2, 1, 1, 0, 1, false));
    assertThat(count(0)).isEqualTo(4);

    Accepted snapshot =
        accepted(
            submit(HEADER + kpi("Billing", 101) + kpi("Sales", 81), IngestMode.SNAPSHOT, null));
    assertThat(snapshot).isEqualTo(new Accepted(3, 0, 1, 2, 1, false));
    assertThat(rows.page(kpis, 0, List.of(), 0, 10))
        .extracting(row -> row.cells().get(1))
        .containsExactly("Billing", "Sales");
    assertThat(count(0)).isEqualTo(2); // the current version's, kept as each version is recorded
    assertThat(feeds.find(kpis).getCurrentRows()).isEqualTo(2);
    assertThat(count(1)).isEqualTo(3); // as of version 1
    assertThat(rows.page(kpis, 2, List.of(), 0, 10)).hasSize(4);

    // version 1 → 3: Billing and Sales changed, Claims removed; Care came and went
    assertThat(rows.diffCount(kpis, 1, 3)).isEqualTo(3);
    List<DiffRow> diff = rows.diff(kpis, 3, 1, 0, 10);
    assertThat(diff)
        .extracting(row -> FeedCells.split(row.key()).get(1), DiffRow::isAdded, DiffRow::isRemoved)
        .containsExactly(
            tuple("Billing", false, false),
            tuple("Claims", false, true),
            tuple("Sales", false, false));
    assertThat(diff.get(0).changed(2)).isTrue();
    assertThat(diff.get(0).changed(1)).isFalse();
    assertThat(diff.get(0).getOldCells().get(2)).isEqualTo("100");
    assertThat(diff.get(0).getNewCells().get(2)).isEqualTo("101");
    assertThat(rows.diff(kpis, 2, 3, 0, 10))
        .extracting(row -> FeedCells.split(row.key()).get(1), DiffRow::isRemoved)
        .containsExactly(tuple("Care", true), tuple("Claims", true), tuple("Sales", false));
  }

  @Test
  void aRejectedCsvListsEveryBadRowColumnAndReasonAndStoresNothing() throws Exception {
    access.openWorkspace(av.getId(), victor);
    accepted(csv(HEADER + kpi("Billing", 100)));
    Map<String, String> before = fingerprint();

    Rejected rejected =
        rejected(
            csv(
                HEADER
                    + kpi("Sales", 1) // valid, but the submission is refused whole
                    + "2026-02-30,Care,x,1,100.123,6.5,fax\n"
                    + ",,1,1,1,1,voice\n"
                    + "2026-03-01,Claims,1,1\n"
                    + "2026-03-01,Extra,99999999999999999999,1,1,1,true\n"
                    + kpi("Sales", 2)));

    assertThat(rejected.problems())
        .extracting(Problem::row, Problem::column, Problem::code)
        .containsExactly(
            tuple(3L, "date", "date"),
            tuple(3L, "offered", "integer"),
            tuple(3L, "service_level", "decimalScale"),
            tuple(3L, "channel", "enum"),
            tuple(4L, "date", "required"),
            tuple(4L, "queue", "required"),
            tuple(5L, null, "cellCount"),
            tuple(6L, "offered", "integer"),
            tuple(6L, "channel", "enum"),
            tuple(7L, "date, queue", "keyDuplicate"));
    assertThat(rejected.total()).isEqualTo(10);
    assertThat(fingerprint()).isEqualTo(before);
    assertThat(count(0)).isEqualTo(1);
    assertThat(feeds.find(kpis).getCurrentVersion()).isEqualTo(1);
  }

  @Test
  void everyKindOfBadInputIsNamed() throws Exception {
    access.openWorkspace(av.getId(), victor);
    Map<String, String> before = fingerprint();

    assertThat(codes(csv("date,queue,queue,offered,colour\n")))
        .contains("1 queue headerDuplicate", "1 colour headerUnknown", "1 answered headerMissing");
    assertThat(
            codes(
                submit(
                    (HEADER + kpi("A", 1) + "2026-03-01,Modèle,1,1,1,1,voice\n")
                        .getBytes(StandardCharsets.ISO_8859_1),
                    IngestFormat.CSV,
                    IngestMode.MERGE,
                    null)))
        .containsExactly("3 null encoding");
    assertThat(codes(csv(HEADER + "2026-03-01,\"Bill\"ing,1,1,1,1,voice\n")))
        .containsExactly("2 null quoting");
    assertThat(codes(csv(HEADER))).containsExactly("0 null empty");
    assertThat(codes(csv(""))).containsExactly("0 null empty");
    assertThat(codes(json("[{\"date\": \"2026-03-01\",, }]"))).containsExactly("1 null json");
    // a key repeated in a later chunk than its first row
    StringBuilder many = new StringBuilder(HEADER);
    for (int i = 0; i < 1500; i++) {
      many.append(kpi("Q" + i, i));
    }
    many.append(kpi("Q7", 1));
    assertThat(codes(csv(many.toString()))).containsExactly("1502 date, queue keyRepeated");
    assertThat(codes(submit(HEADER + kpi("A", 1), IngestMode.MERGE, "k".repeat(101))))
        .containsExactly("0 null idempotencyKey");
    assertThat(fingerprint()).isEqualTo(before);
  }

  @Test
  void jsonRowsGoThroughTheSameValidation() {
    access.openWorkspace(av.getId(), victor);
    Accepted accepted =
        accepted(
            json(
                """
                [{"date": "2026-03-01", "queue": "Billing", "offered": 120, "answered": 110,
                  "service_level": 91.67, "csat": null, "channel": "voice"},
                 {"date": "2026-03-01", "queue": "Sales", "offered": 80, "answered": 75,
                  "service_level": "93.7", "channel": "chat"}]
                """));
    assertThat(accepted.added()).isEqualTo(2);
    assertThat(rows.page(kpis, 0, List.of(), 0, 10).get(1).cells())
        .containsExactly("2026-03-01", "Sales", "80", "75", "93.70", "", "chat");

    Rejected rejected =
        rejected(
            json("[{\"date\": \"2026-03-02\", \"queue\": \"X\", \"offered\": 1.5, \"x\": 1}]"));
    assertThat(rejected.problems())
        .extracting(Problem::row, Problem::column, Problem::code)
        .containsExactly(tuple(1L, "x", "headerUnknown"));
  }

  @Test
  void aRetriedSubmissionIsNotStoredTwice() throws Exception {
    access.openWorkspace(av.getId(), victor);
    String body = HEADER + kpi("Billing", 100);
    Accepted first = accepted(submit(body, IngestMode.MERGE, "upload-42"));
    Map<String, String> before = fingerprint();

    Accepted retried = accepted(submit(body, IngestMode.MERGE, "upload-42"));

    assertThat(retried).isEqualTo(new Accepted(1, 1, 0, 0, 0, true));
    assertThat(first.replayed()).isFalse();
    assertThat(fingerprint()).isEqualTo(before);
    assertThat(accepted(submit(body, IngestMode.MERGE, "upload-43")).version()).isEqualTo(2);
  }

  /**
   * The upload form as the browser's upload sends it (its fields, the file, Ajax): two submissions
   * of one rendering of the form (a double click, a resent request) carry its one-time key, and the
   * second stores nothing; each answer renders the form with a new key.
   */
  @Test
  void theSameUploadFormSentTwiceStoresOneVersion() throws Exception {
    WebClient pages = new WebClient(base);
    assertThat(pages.signIn(victor, ClientsAndVendor.PASSWORD).statusCode()).isEqualTo(302);
    String page = "app/feed.xhtml?w=" + av.getId() + "&f=" + kpis;
    String key = match(UPLOAD_KEY, pages.get(page).body());
    Map<String, byte[]> file =
        Map.of("kpis.csv", (HEADER + kpi("Billing", 100)).getBytes(StandardCharsets.UTF_8));

    HttpResponse<String> first = upload(pages, page, key, file);
    HttpResponse<String> second = upload(pages, page, key, file);

    assertThat(first.body()).contains("Stored as version 1: 1 added");
    assertThat(second.body())
        .contains("This upload was already stored as version 1; nothing more was stored.")
        .doesNotContain("Stored as version 2");
    access.openWorkspace(av.getId(), victor);
    assertThat(rows.versionCount(kpis)).isEqualTo(1);
    assertThat(count(0)).isEqualTo(1);
    assertThat(feeds.find(kpis).getCurrentVersion()).isEqualTo(1);
    assertThat(rows.versions(kpis, 0, 10).get(0).getSubmitterAccountId()).isEqualTo(id(victor));
    // the answer shows the form again, with a new key: sending it stores a new version
    String next = match(UPLOAD_KEY, first.body());
    assertThat(next).isNotEqualTo(key).isNotEqualTo(match(UPLOAD_KEY, second.body()));
    assertThat(upload(pages, page, next, file).body())
        .contains("Stored as version 2: 0 added, 0 changed, 0 removed, 1 unchanged");
    // a key no form of the page was rendered with is refused, and nothing is stored
    for (String forged : new String[] {"", "upload-42", key.toUpperCase(Locale.ROOT)}) {
      assertThat(upload(pages, page, forged, file).body())
          .as(forged)
          .contains("This upload form is out of date");
    }
    access.openWorkspace(av.getId(), victor);
    assertThat(rows.versionCount(kpis)).isEqualTo(2);
  }

  @Test
  void twoSimultaneousSubmissionsLandAsConsecutiveVersions() throws Exception {
    List<Object> outcomes =
        concurrently(
            List.of(victor, vera),
            List.of(
                () ->
                    submissions.submit(
                        kpis, submission(HEADER + kpi("Billing", 1), IngestMode.MERGE, null)),
                () ->
                    submissions.submit(
                        kpis, submission(HEADER + kpi("Sales", 2), IngestMode.MERGE, null))));

    assertThat(outcomes)
        .extracting(outcome -> ((Accepted) outcome).version())
        .containsExactlyInAnyOrder(1, 2);
    access.openWorkspace(av.getId(), alice);
    assertThat(count(0)).isEqualTo(2);
    assertThat(rows.versionCount(kpis)).isEqualTo(2);
  }

  @Test
  void onlyThePublishingSideSubmitsAndDefines() throws Exception {
    access.openWorkspace(av.getId(), alice);
    Map<String, String> before = fingerprint();
    assertThatThrownBy(
            () ->
                submissions.submit(kpis, submission(HEADER + kpi("A", 1), IngestMode.MERGE, null)))
        .isInstanceOf(NotAllowedException.class);
    assertThatThrownBy(() -> feeds.create(kpiDefinition("Client-made KPIs")))
        .isInstanceOf(NotAllowedException.class);
    access.openWorkspace(av.getId(), vera); // a contributor, not a coordinator
    assertThatThrownBy(() -> feeds.create(kpiDefinition("Vera's KPIs")))
        .isInstanceOf(NotAllowedException.class);
    assertThat(fingerprint()).isEqualTo(before);

    // client A defines a client→vendor feed
    access.openWorkspace(av.getId(), alice);
    Feed hours =
        feeds.create(
            new FeedDefinition(
                "Store opening hours",
                "",
                FeedDirection.CLIENT_TO_VENDOR,
                FeedColumns.of(
                    List.of(
                        FeedColumn.of("store", ColumnType.TEXT, true, true),
                        FeedColumn.of("opens", ColumnType.TEXT, false, true))),
                Optional.empty()));
    assertThat(feeds.page(0, 10))
        .extracting(Feed::getName)
        .containsExactly("Daily KPIs", "Store opening hours");
    assertThat(feeds.canPublish(FeedDirection.CLIENT_TO_VENDOR)).isTrue();
    assertThat(feeds.canPublish(FeedDirection.VENDOR_TO_CLIENT)).isFalse();
    accepted(
        submissions.submit(
            hours.getId(), submission("store,opens\nLyon,09:00\n", IngestMode.MERGE, null)));
  }

  @Test
  void columnsAreFixedOnceAVersionExists() {
    access.openWorkspace(av.getId(), victor);
    Feed feed = feeds.find(kpis);
    FeedDefinition renamed =
        new FeedDefinition(
            "KPIs per day",
            "Renamed",
            FeedDirection.VENDOR_TO_CLIENT,
            feed.columns(),
            feed.cadence());
    feed = feeds.update(kpis, feed.getVersion(), renamed);
    assertThat(feed.getName()).isEqualTo("KPIs per day");

    accepted(csv(HEADER + kpi("Billing", 1)));
    FeedDefinition fewer =
        new FeedDefinition(
            "KPIs per day",
            "",
            FeedDirection.VENDOR_TO_CLIENT,
            FeedColumns.of(List.of(FeedColumn.of("date", ColumnType.DATE, true, true))),
            Optional.empty());
    long version = feeds.find(kpis).getVersion();
    assertThatThrownBy(() -> feeds.update(kpis, version, fewer))
        .isInstanceOfSatisfying(
            RuleViolation.class, e -> assertThat(e.key()).isEqualTo("feeds.columns.locked"));
  }

  @Test
  void anotherWorkspaceReachesNothingOfTheFeed() throws Exception {
    access.openWorkspace(av.getId(), victor);
    accepted(csv(HEADER + kpi("Billing", 1)));
    access.openWorkspace(bv.getId(), bob);
    Map<String, String> before = fingerprint();
    assertThat(feeds.page(0, 10)).isEmpty();
    assertThatThrownBy(() -> feeds.find(kpis)).isInstanceOf(NoSuchRecordException.class);
    assertThatThrownBy(() -> rows.page(kpis, 0, List.of(), 0, 10))
        .isInstanceOf(NoSuchRecordException.class);
    assertThatThrownBy(() -> rows.export(kpis, 0, new StringWriter()))
        .isInstanceOf(NoSuchRecordException.class);
    access.openWorkspace(bv.getId(), victor); // a viewer of B–V, publishing side
    assertThatThrownBy(
            () ->
                submissions.submit(kpis, submission(HEADER + kpi("X", 1), IngestMode.MERGE, null)))
        .isInstanceOf(NotAllowedException.class);
    assertThat(fingerprint()).isEqualTo(before);
  }

  @Test
  void theExportIsFormulaSafeForTextButKeepsNumbers() {
    access.openWorkspace(av.getId(), victor);
    Feed feed =
        feeds.create(
            new FeedDefinition(
                "Adjustments",
                "",
                FeedDirection.VENDOR_TO_CLIENT,
                FeedColumns.of(
                    List.of(
                        FeedColumn.of("ref", ColumnType.TEXT, true, true),
                        FeedColumn.of("delta", ColumnType.INTEGER, false, true))),
                Optional.empty()));
    accepted(
        submissions.submit(
            feed.getId(),
            submission(
                "ref,delta\n\"=HYPERLINK(\"\"http://x\"\")\",-5\n+1,3\n@SUM,4\nplain,-7\n",
                IngestMode.MERGE,
                null)));

    StringWriter out = new StringWriter();
    rows.export(feed.getId(), 0, out);

    assertThat(out.toString().split("\r\n"))
        .containsExactly(
            "ref,delta", "'+1,3", "\"'=HYPERLINK(\"\"http://x\"\")\",-5", "'@SUM,4", "plain,-7");
  }

  @Test
  void rowsAreFilteredPerColumnAndAPageCostsTheSameForThirtyOrThreeThousandRows() {
    access.openWorkspace(av.getId(), victor);
    accepted(csv(rowsCsv(30)));
    assertThat(rows.count(kpis, 0, List.of(CellCondition.contains("queue", "q1")))).isEqualTo(11);
    assertThat(rows.count(kpis, 0, List.of(CellCondition.equalTo("queue", "Q1")))).isEqualTo(1);
    assertThat(rows.page(kpis, 0, List.of(CellCondition.equalTo("offered", "12")), 0, 10))
        .extracting(row -> row.cells().get(1))
        .containsExactly("Q12");
    int small = statementsForAPage();

    accepted(csv(rowsCsv(3000)));
    assertThat(rows.count(kpis, 0, List.of())).isEqualTo(3000);

    assertThat(statementsForAPage()).isEqualTo(small);
  }

  @Test
  void aMissedDeadlineMarksTheFeedStaleAndTellsItsCoordinatorsOnce() throws Exception {
    try (Mailbox mailbox = Mailbox.start()) {
      access.openWorkspace(av.getId(), victor);
      Instant created = feeds.find(kpis).getCreatedAt();
      Instant twoDaysLater = created.plus(Duration.ofDays(2));

      assertThat(freshness.checkAll(created)).isZero();
      assertThat(freshness.checkAll(twoDaysLater)).isPositive();
      assertThat(freshness.checkAll(twoDaysLater.plusSeconds(60))).isZero(); // same deadline

      access.openWorkspace(av.getId(), alice);
      assertThat(feeds.stale()).extracting(Feed::getId).containsExactly(kpis);
      // both sides see the warning on the workspace home and the mark in the list
      WebClient web = new WebClient(base);
      assertThat(web.signIn(alice, ClientsAndVendor.PASSWORD).statusCode()).isEqualTo(302);
      assertThat(web.get("app/workspace.xhtml?w=" + av.getId()).body())
          .contains("id=\"stale-feeds\"", "class=\"stale-feed\">Daily KPIs</a>");
      assertThat(web.get("app/feeds.xhtml?w=" + av.getId()).body()).contains("feed-stale");
      WebClient victorsPages = new WebClient(base);
      assertThat(victorsPages.signIn(victor, ClientsAndVendor.PASSWORD).statusCode())
          .isEqualTo(302);
      assertThat(victorsPages.get("app/notifications.xhtml").body())
          .contains("The feed \"Daily KPIs\" has no new version since before its deadline");
      access.openOrganization(victor);
      assertThat(notifications.page(0, 10))
          .singleElement()
          .satisfies(
              n -> {
                assertThat(n.getKind()).isEqualTo(Notification.Kind.FEED_STALE);
                assertThat(n.getSubject()).isEqualTo("Daily KPIs");
                assertThat(n.getWorkspaceId()).isEqualTo(av.getId());
              });
      MimeMessage mail = mailbox.mailTo(victor);
      assertThat(mail.getSubject()).contains("Daily KPIs");
      assertThat(Mailbox.text(mail)).contains("/app/feeds.xhtml?w=" + av.getId());
      access.openOrganization(alice); // the reading side is not told
      assertThat(notifications.page(0, 10)).isEmpty();
      access.openOrganization(vera); // nor a contributor
      assertThat(notifications.page(0, 10)).isEmpty();

      // a new version clears the mark
      access.openWorkspace(av.getId(), vera);
      accepted(csv(HEADER + kpi("Billing", 1)));
      assertThat(feeds.stale()).isEmpty();
    }
  }

  /**
   * What the browser's upload sends: the form's fields (with this key), the file as the part named
   * by the p:fileUpload's client id, and the parameters of its Ajax request.
   */
  private static HttpResponse<String> upload(
      WebClient pages, String page, String key, Map<String, byte[]> file) throws Exception {
    Map<String, String> fields =
        Map.of(
            "uploadKey", key,
            "jakarta.faces.partial.ajax", "true",
            "jakarta.faces.source", "upload:csv",
            "jakarta.faces.partial.execute", "upload:csv",
            "upload:csv_totalFilesCount", "1",
            "jakarta.faces.partial.render", "messages upload:result");
    return pages.submitWithFiles(page, "csv", fields, "upload:csv", file);
  }

  private static String match(Pattern pattern, String page) {
    Matcher found = pattern.matcher(page);
    assertThat(found.find()).as(pattern.pattern()).isTrue();
    return found.group(1);
  }

  private int statementsForAPage() {
    try (SqlCapture sql = SqlCapture.start(persistenceUnit)) {
      rows.page(kpis, 0, List.of(CellCondition.contains("queue", "Q")), 0, 25);
      rows.count(kpis, 0, List.of(CellCondition.contains("queue", "Q")));
      return sql.statements().size();
    }
  }

  private static String rowsCsv(int count) {
    StringBuilder csv = new StringBuilder(HEADER);
    for (int i = 0; i < count; i++) {
      csv.append(kpi("Q" + i, i));
    }
    return csv.toString();
  }

  private static String kpi(String queue, int offered) {
    return "2026-03-01," + queue + "," + offered + "," + offered + ",90.5,4.5,voice\n";
  }

  private IngestOutcome csv(String body) {
    return submit(body, IngestMode.MERGE, null);
  }

  private IngestOutcome json(String body) {
    return submit(body.getBytes(StandardCharsets.UTF_8), IngestFormat.JSON, IngestMode.MERGE, null);
  }

  private IngestOutcome submit(String body, IngestMode mode, String key) {
    return submissions.submit(kpis, submission(body, mode, key));
  }

  private IngestOutcome submit(byte[] body, IngestFormat format, IngestMode mode, String key) {
    return submissions.submit(
        kpis, new Submission(new ByteArrayInputStream(body), format, mode, key));
  }

  private static Submission submission(String body, IngestMode mode, String key) {
    return new Submission(
        new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)),
        IngestFormat.CSV,
        mode,
        key);
  }

  private static Accepted accepted(IngestOutcome outcome) {
    assertThat(outcome).isInstanceOf(Accepted.class);
    return (Accepted) outcome;
  }

  private static Rejected rejected(IngestOutcome outcome) {
    assertThat(outcome).isInstanceOf(Rejected.class);
    return (Rejected) outcome;
  }

  private static List<String> codes(IngestOutcome outcome) {
    return rejected(outcome).problems().stream()
        .map(p -> p.row() + " " + p.column() + " " + p.code())
        .toList();
  }

  private long count(int version) {
    return rows.count(kpis, version, List.of());
  }

  private static FeedDefinition kpiDefinition(String name) {
    return new FeedDefinition(
        name,
        "Per queue and day",
        FeedDirection.VENDOR_TO_CLIENT,
        FeedColumns.of(
            List.of(
                FeedColumn.of("date", ColumnType.DATE, true, true),
                FeedColumn.of("queue", ColumnType.TEXT, true, true),
                FeedColumn.of("offered", ColumnType.INTEGER, false, true),
                FeedColumn.of("answered", ColumnType.INTEGER, false, true),
                new FeedColumn("service_level", ColumnType.DECIMAL, false, true, List.of(), 5, 2),
                new FeedColumn("csat", ColumnType.DECIMAL, false, false, List.of(), 3, 2),
                new FeedColumn(
                    "channel", ColumnType.ENUM, false, true, List.of("voice", "chat"), 0, 0))),
        Optional.of(FeedCadence.daily(LocalTime.of(9, 0), ZoneId.of("Europe/Paris"))));
  }

  private List<Object> concurrently(
      List<String> people, List<java.util.concurrent.Callable<?>> calls) throws Exception {
    CountDownLatch started = new CountDownLatch(calls.size());
    List<Future<Object>> running = new ArrayList<>();
    for (int i = 0; i < calls.size(); i++) {
      String person = people.get(i);
      java.util.concurrent.Callable<?> call = calls.get(i);
      running.add(
          executor.submit(
              () -> {
                RequestContextController request =
                    CDI.current().select(RequestContextController.class).get();
                request.activate();
                try {
                  access.openWorkspace(av.getId(), person);
                  started.countDown();
                  started.await(10, TimeUnit.SECONDS);
                  return (Object) call.call();
                } finally {
                  request.deactivate();
                }
              }));
    }
    List<Object> outcomes = new ArrayList<>();
    for (Future<Object> future : running) {
      outcomes.add(future.get(30, TimeUnit.SECONDS));
    }
    return outcomes;
  }

  private Map<String, String> fingerprint() throws SQLException {
    Map<String, String> fingerprint = new LinkedHashMap<>(DatabaseFingerprint.of(database));
    fingerprint.put(
        "feed_row",
        row(
            "SELECT COUNT(*), COALESCE(SUM(from_version), 0), COALESCE(SUM(to_version), 0) FROM feed_row"));
    fingerprint.put(
        "feed",
        row(
            "SELECT COUNT(*), COALESCE(SUM(version), 0), COALESCE(SUM(current_version), 0) FROM feed"));
    fingerprint.put("feed_version", row("SELECT COUNT(*), MAX(id) FROM feed_version"));
    fingerprint.put("notification", row("SELECT COUNT(*), MAX(id) FROM notification"));
    return fingerprint;
  }

  private String row(String sql) throws SQLException {
    try (Connection connection = database.getConnection();
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      result.next();
      StringBuilder row = new StringBuilder();
      for (int column = 1; column <= result.getMetaData().getColumnCount(); column++) {
        row.append(result.getString(column)).append(' ');
      }
      return row.toString().strip();
    }
  }

  private String member(Organization organization, String name, WorkspaceRole role) {
    String email = name + "@" + organization.getSlug() + ".test";
    Account account =
        accounts.create(
            organization, email, email, "unused", OrgRole.MEMBER, "en", "Europe/London");
    memberships.add(av, account, role);
    return email;
  }

  private long id(String email) {
    return accounts.findByEmail(email).orElseThrow().getId();
  }
}
