package io.shoreline.portal.bulletins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import io.shoreline.portal.bulletins.authority.AuthorityMatrix;
import io.shoreline.portal.bulletins.authority.AuthorityRule;
import io.shoreline.portal.bulletins.authority.AuthorityVersion;
import io.shoreline.portal.bulletins.authority.RuleRow;
import io.shoreline.portal.bulletins.training.TrainingCategory;
import io.shoreline.portal.bulletins.training.TrainingDocument;
import io.shoreline.portal.bulletins.training.TrainingFileInfo;
import io.shoreline.portal.bulletins.training.TrainingLibrary;
import io.shoreline.portal.identity.Account;
import io.shoreline.portal.identity.Accounts;
import io.shoreline.portal.identity.OrgRole;
import io.shoreline.portal.platform.ChangedMeanwhileException;
import io.shoreline.portal.platform.NoSuchRecordException;
import io.shoreline.portal.platform.NotAllowedException;
import io.shoreline.portal.platform.RuleViolation;
import io.shoreline.portal.sites.SiteDetails;
import io.shoreline.portal.sites.Sites;
import io.shoreline.portal.tenancy.Memberships;
import io.shoreline.portal.tenancy.Organization;
import io.shoreline.portal.tenancy.Partnership;
import io.shoreline.portal.tenancy.WorkspaceRole;
import io.shoreline.portal.tenancy.isolation.NoSuchWorkspaceException;
import io.shoreline.portal.tenancy.isolation.TenantAccess;
import io.shoreline.portal.testing.AtOnce;
import io.shoreline.portal.testing.ClientsAndVendor;
import io.shoreline.portal.testing.DatabaseFingerprint;
import io.shoreline.portal.testing.Mailbox;
import io.shoreline.portal.testing.SqlCapture;
import io.shoreline.portal.threads.Notification;
import io.shoreline.portal.threads.Notifications;
import io.shoreline.portal.threads.Upload;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Bulletins, the authority matrix and the training library inside the server. Client A writes for
 * vendor V's people in A–V: Vera (Casablanca, Billing), Vince (Casablanca, Retention) and Rita
 * (Rabat, Retention) are V's agents, Victor coordinates V; client B works with V in B–V and never
 * sees any of it.
 */
@ExtendWith(ArquillianExtension.class)
class BulletinsIT {

  private static final List<String> TABLES =
      List.of(
          "bulletin",
          "ack_recipient",
          "bulletin_file",
          "ack",
          "authority_version",
          "authority_rule",
          "training_document",
          "training_file",
          "notification");

  @Inject ClientsAndVendor clientsAndVendor;
  @Inject Accounts accounts;
  @Inject Memberships memberships;
  @Inject TenantAccess access;
  @Inject Sites sites;
  @Inject Bulletins bulletins;
  @Inject BulletinBoard board;
  @Inject ReminderSchedule schedule;
  @Inject BulletinReminders reminders;
  @Inject StandingReminders standing;
  @Inject AckProgress progress;
  @Inject AuthorityMatrix matrix;
  @Inject TrainingLibrary library;
  @Inject Notifications notifications;
  @PersistenceUnit EntityManagerFactory persistenceUnit;

  @Resource(lookup = "java:app/jdbc/portal")
  DataSource database;

  @Resource(lookup = "java:comp/DefaultManagedExecutorService")
  ManagedExecutorService executor;

  private String alice; // client A, coordinator of A–V
  private String carla; // client A, contributor of A–V
  private String victor; // vendor V's admin, coordinator of A–V, viewer of B–V
  private String vera; // V agent, Casablanca, Billing
  private String vince; // V agent, Casablanca, Retention
  private String rita; // V agent, Rabat, Retention
  private String bob; // client B, coordinator of B–V
  private Partnership av;
  private Partnership bv;
  private long casablanca;
  private long rabat;

  @BeforeEach
  void clientAWritesForVendorVsAgentsAtTwoSites() {
    ClientsAndVendor.Fixture tenants = clientsAndVendor.create(WorkspaceRole.COORDINATOR);
    alice = tenants.alice();
    bob = tenants.bob();
    victor = tenants.victor();
    av = tenants.av();
    bv = tenants.bv();
    carla = member(av.getClient(), "carla", WorkspaceRole.CONTRIBUTOR);
    vera = member(av.getVendor(), "vera", WorkspaceRole.CONTRIBUTOR);
    vince = member(av.getVendor(), "vince", WorkspaceRole.CONTRIBUTOR);
    rita = member(av.getVendor(), "rita", WorkspaceRole.VIEWER);
    access.openOrganization(victor);
    casablanca =
        sites
            .add(new SiteDetails("Casablanca", "Casablanca", "MA", "Africa/Casablanca", 120))
            .getId();
    rabat = sites.add(new SiteDetails("Rabat", "Rabat", "MA", "Africa/Casablanca", 60)).getId();
    place(vera, casablanca, "Billing");
    place(vince, casablanca, "Retention");
    place(rita, rabat, "Retention");
  }

  @Test
  void publishAcknowledgeOnceRatePerSiteAndANewVersionAsksAgain() throws Exception {
    try (Mailbox mailbox = Mailbox.start()) {
      access.openWorkspace(av.getId(), alice);
      Bulletin lyon =
          bulletins.publish(draft("Lyon stores closed until Monday", Audience.everyone()));
      assertThat(lyon.getRevision()).isEqualTo(1);
      assertThat(lyon.getBodyHtml()).contains("<strong>click &amp; collect</strong>");
      assertThat(board.rates(lyon.getId()))
          .extracting(AckRate::site, AckRate::acknowledged, AckRate::total)
          .containsExactly(
              tuple(null, 0L, 4L),
              tuple("Casablanca", 0L, 2L),
              tuple("Rabat", 0L, 1L),
              tuple(null, 0L, 1L));

      // Vera is told in the portal and by mail, and sees it among hers to acknowledge
      MimeMessage mail = mailbox.mailTo(vera);
      assertThat(mail.getSubject()).contains("CRITICAL", "Lyon stores closed");
      assertThat(Mailbox.text(mail))
          .contains("/app/bulletin.xhtml?w=" + av.getId() + "&id=" + lyon.getId());
      assertThat(mailbox.hasMailTo(alice)).isFalse();
      access.openOrganization(vera);
      assertThat(notifications.page(0, 10))
          .singleElement()
          .satisfies(
              n -> {
                assertThat(n.getKind()).isEqualTo(Notification.Kind.BULLETIN);
                assertThat(n.getSubjectId()).isEqualTo(lyon.getId());
              });
      access.openWorkspace(av.getId(), vera);
      assertThat(board.toAcknowledge(10)).extracting(Bulletin::getId).containsExactly(lyon.getId());

      // a double click stores one acknowledgement
      Ack first = bulletins.acknowledge(lyon.getId());
      Ack again = bulletins.acknowledge(lyon.getId());
      assertThat(again.getId()).isEqualTo(first.getId());
      assertThat(rows("SELECT COUNT(*) FROM ack WHERE subject_id = " + lyon.getId())).isEqualTo(1);
      assertThat(board.toAcknowledge(10)).isEmpty();

      // the author's side: 1 of 4, per site, and who has not acknowledged yet
      access.openWorkspace(av.getId(), carla);
      assertThat(board.rates(lyon.getId()))
          .extracting(AckRate::site, AckRate::acknowledged, AckRate::total)
          .startsWith(tuple(null, 1L, 4L), tuple("Casablanca", 1L, 2L), tuple("Rabat", 0L, 1L));
      assertThat(board.recipients(lyon.getId(), true, 0, 10))
          .extracting(RecipientRow::name)
          .containsExactlyInAnyOrder(vince, rita, victor);
      assertThat(board.recipientCount(lyon.getId(), true)).isEqualTo(3);
      assertThat(board.recipients(lyon.getId(), false, 0, 10))
          .filteredOn(row -> row.name().equals(vera))
          .singleElement()
          .satisfies(
              // MySQL through Connector/J may keep whole seconds only
              row ->
                  assertThat(row.acknowledgedAt())
                      .isCloseTo(first.getAcknowledgedAt(), within(1, ChronoUnit.SECONDS)));
      assertThat(board.recipients(lyon.getId(), false, 1, 2)).hasSize(2); // paginated in the DB

      // a new version asks everyone again, the first acknowledgement stays as history
      Bulletin revised =
          bulletins.revise(
              lyon.getId(),
              lyon.getVersion(),
              draft("Lyon stores closed until Tuesday", Audience.everyone()));
      assertThat(revised.getRevision()).isEqualTo(2);
      access.openWorkspace(av.getId(), vera);
      assertThat(board.toAcknowledge(10))
          .extracting(Bulletin::getTitle)
          .containsExactly("Lyon stores closed until Tuesday");
      assertThat(rows("SELECT COUNT(*) FROM ack WHERE subject_id = " + lyon.getId())).isEqualTo(1);
      access.openWorkspace(av.getId(), alice);
      assertThat(board.rates(lyon.getId()).get(0).acknowledged()).isZero();

      // a stale edit changes nothing
      Map<String, String> before = fingerprint();
      assertChangedMeanwhile(
          () ->
              bulletins.revise(
                  lyon.getId(), lyon.getVersion(), draft("Stale", Audience.everyone())));
      assertChangedMeanwhile(() -> bulletins.withdraw(lyon.getId(), lyon.getVersion()));
      assertThat(fingerprint()).isEqualTo(before);
    }
  }

  @Test
  void anAudienceOfSitesOrTeamsIsResolvedAtPublicationAndNewcomersAreAskedWhileItIsValid() {
    access.openWorkspace(av.getId(), alice);
    Bulletin casablancaOnly =
        bulletins.publish(draft("Casablanca only", new Audience(Set.of(casablanca), Set.of())));
    Bulletin retention =
        bulletins.publish(draft("Retention team", new Audience(Set.of(), Set.of("retention"))));
    assertThat(board.recipients(casablancaOnly.getId(), false, 0, 10))
        .extracting(RecipientRow::name, RecipientRow::site)
        .containsExactlyInAnyOrder(tuple(vera, "Casablanca"), tuple(vince, "Casablanca"));
    assertThat(board.recipients(retention.getId(), false, 0, 10))
        .extracting(RecipientRow::name, RecipientRow::team)
        .containsExactlyInAnyOrder(tuple(vince, "Retention"), tuple(rita, "Retention"));

    // a member who moves keeps being asked; a newcomer at Casablanca is asked by the next round
    place(vince, rabat, "Billing");
    String nadia = member(av.getVendor(), "nadia", WorkspaceRole.CONTRIBUTOR);
    place(nadia, casablanca, null);
    access.openWorkspace(av.getId(), alice);
    assertThat(board.recipientCount(casablancaOnly.getId(), false)).isEqualTo(2);
    schedule.runAll(Instant.now());
    access.openWorkspace(av.getId(), alice);
    assertThat(board.recipients(casablancaOnly.getId(), false, 0, 10))
        .extracting(RecipientRow::name)
        .containsExactlyInAnyOrder(vera, vince, nadia);

    // an admin places their own people only at their own organization's sites
    access.openOrganization(alice);
    long paris = sites.add(new SiteDetails("Paris", "Paris", "FR", "Europe/Paris", 10)).getId();
    access.openWorkspaceAsAdmin(av.getId(), victor);
    long veraVersion = memberships.find(av.getId(), id(vera)).orElseThrow().getVersion();
    assertRefused(
        () -> memberships.placeOwn(id(vera), paris, "Billing", veraVersion), "members.unknownSite");
    assertRefused(
        () -> memberships.placeOwn(id(vera), casablanca, "t".repeat(81), veraVersion),
        "members.teamTooLong");
    assertChangedMeanwhile(() -> memberships.placeOwn(id(vera), casablanca, "Billing", -1));

    // someone not addressed may read it but not acknowledge it; another site's id is refused
    access.openWorkspace(av.getId(), rita);
    assertThat(bulletins.find(casablancaOnly.getId()).getTitle()).isEqualTo("Casablanca only");
    assertThatThrownBy(() -> bulletins.acknowledge(casablancaOnly.getId()))
        .satisfies(e -> assertThat(refusal(e)).isInstanceOf(NotAllowedException.class));
    access.openWorkspace(av.getId(), alice);
    assertRefused(
        () ->
            bulletins.publish(
                draft("Elsewhere", new Audience(Set.of(casablanca + 1000), Set.of()))),
        "bulletins.unknownSite");
  }

  @Test
  void remindersGoToWhoHasNotAcknowledgedUntilTheyDoOrItExpires() throws Exception {
    access.openWorkspace(av.getId(), alice);
    Instant now = Instant.now();
    Bulletin critical =
        bulletins.publish(draft("Critical", new Audience(Set.of(casablanca), Set.of())));
    access.openWorkspace(av.getId(), vera);
    bulletins.acknowledge(critical.getId());
    try (Mailbox mailbox = Mailbox.start()) {
      assertThat(remindAt(now.plus(Duration.ofMinutes(30)))).as("too early").isZero();
      assertThat(remindAt(now.plus(Duration.ofHours(3)))).as("Vince only").isEqualTo(1);
      MimeMessage reminder = mailbox.mailTo(vince);
      assertThat(reminder.getSubject()).startsWith("Reminder").contains("Critical");
      assertThat(mailbox.hasMailTo(vera)).isFalse();
      assertThat(remindAt(now.plus(Duration.ofHours(4)))).as("reminded an hour ago").isZero();
      assertThat(remindAt(now.plus(Duration.ofHours(6)))).isEqualTo(1);
      access.openWorkspace(av.getId(), vince);
      bulletins.acknowledge(critical.getId());
      assertThat(remindAt(now.plus(Duration.ofHours(9)))).as("all acknowledged").isZero();
    }
    access.openOrganization(vince);
    assertThat(notifications.page(0, 10))
        .filteredOn(n -> n.getKind() == Notification.Kind.BULLETIN)
        .hasSize(3); // asked once, reminded twice
    access.openWorkspace(av.getId(), alice);
    Bulletin info = bulletins.publish(draft("Short-lived", Audience.everyone()));
    assertThat(remindAt(info.getValidUntil().plusSeconds(1))).as("expired").isZero();
    access.openWorkspace(av.getId(), alice);
    bulletins.withdraw(info.getId(), info.getVersion());
    assertThat(remindAt(Instant.now().plus(Duration.ofHours(30)))).as("withdrawn").isZero();
    assertThat(
            rows(
                "SELECT MAX(reminders) FROM ack_recipient WHERE subject_kind = 'BULLETIN'"
                    + " AND subject_id = "
                    + critical.getId()))
        .isEqualTo(2);
    // the scheduled job runs the same round for every active workspace
    assertThat(schedule.runAll(Instant.now())).isGreaterThanOrEqualTo(0);
  }

  /** A's reminder round of the training library and the matrix, as the job runs it. */
  private int standingAt(Instant now) {
    access.openWorkspaceForJob(av.getId());
    return standing.sendDue(now);
  }

  private AckRate everyone(AckSubject kind, long subjectId, int version) {
    return progress.rates(kind, subjectId, version).get(0);
  }

  /** A's reminder round as the job runs it: the workspace bound for a job, no caller. */
  private int remindAt(Instant now) {
    access.openWorkspaceForJob(av.getId());
    return reminders.sendDue(now);
  }

  @Test
  void badInputIsRefusedWithAReasonAndStoresNothing() throws Exception {
    access.openWorkspace(av.getId(), alice);
    Map<String, String> before = fingerprint();
    assertRefused(
        () -> bulletins.publish(draft("  ", Audience.everyone())), "bulletins.titleRequired");
    assertRefused(
        () -> bulletins.publish(draft("<script>alert(1)</script>", Audience.everyone())),
        "bulletins.titleMarkup");
    assertRefused(
        () -> bulletins.publish(withBody("x".repeat(1024 * 1024))), "bulletins.bodyTooLong");
    Instant now = Instant.now();
    assertRefused(
        () ->
            bulletins.publish(
                new BulletinDraft(
                    "Title", "Body", Urgency.INFO, now, now.minusSeconds(60), null, null)),
        "bulletins.validityOrder");
    assertRefused(
        () ->
            bulletins.publish(
                new BulletinDraft(
                    "Title",
                    "Body",
                    Urgency.INFO,
                    now,
                    now.plusSeconds(3600),
                    null,
                    new Upload("rules.pdf", windowsExecutable()))),
        "attachments.typeNotAllowed");
    assertRefused(
        () ->
            matrix.publish(
                LocalDate.now(),
                "",
                List.of(new RuleRow("Refund", new BigDecimal("-1"), "EUR", "", "")),
                0),
        "authority.amountNegative");
    assertRefused(
        () -> matrix.publish(LocalDate.now(), "", List.of(), 0), "authority.rowsRequired");
    assertRefused(
        () ->
            library.add(
                "Course", "", TrainingCategory.COURSE, new Upload("deck.pdf", windowsExecutable())),
        "attachments.typeNotAllowed");
    assertThat(fingerprint()).isEqualTo(before);

    // script in the Markdown is shown as text, never run; a script link loses its target
    Bulletin shown =
        bulletins.publish(
            withBody("Hello <script>alert('x')</script> **bold**\n\n[click](javascript:alert(1))"));
    assertThat(shown.getBodyHtml())
        .doesNotContain("<script", "href=\"javascript")
        .contains("&lt;script&gt;", "<strong>bold</strong>");

    // a file that is what it says is kept with its checked type
    Bulletin withFile =
        bulletins.publish(
            new BulletinDraft(
                "Rota",
                "See the file",
                Urgency.INFO,
                now,
                now.plusSeconds(3600),
                null,
                new Upload("rota.txt", "Mon: closed".getBytes(StandardCharsets.UTF_8))));
    assertThat(bulletins.find(withFile.getId()).getAttachmentType()).isEqualTo("text/plain");
    assertThat(new String(bulletins.attachment(withFile.getId()).getData(), StandardCharsets.UTF_8))
        .isEqualTo("Mon: closed");
  }

  @Test
  void onlyTheAuthorsWritersChangeABulletinAndNothingReachesTheOtherWorkspace() {
    access.openWorkspace(av.getId(), alice);
    Bulletin lyon = bulletins.publish(draft("Lyon", Audience.everyone()));
    access.openWorkspace(av.getId(), vera); // the audience's side
    assertThatThrownBy(() -> bulletins.withdraw(lyon.getId(), lyon.getVersion()))
        .satisfies(e -> assertThat(refusal(e)).isInstanceOf(NotAllowedException.class));
    access.openWorkspace(av.getId(), rita); // a viewer writes nothing, but acknowledges
    assertThatThrownBy(() -> bulletins.publish(draft("Viewer", Audience.everyone())))
        .satisfies(e -> assertThat(refusal(e)).isInstanceOf(NotAllowedException.class));
    assertThat(bulletins.acknowledge(lyon.getId()).getAccountId()).isEqualTo(id(rita));

    access.openWorkspace(bv.getId(), bob);
    assertThat(board.page(0, 10)).isEmpty();
    assertThatThrownBy(() -> bulletins.find(lyon.getId()))
        .satisfies(e -> assertThat(refusal(e)).isInstanceOf(NoSuchRecordException.class));
    assertThatThrownBy(() -> bulletins.acknowledge(lyon.getId()))
        .satisfies(e -> assertThat(refusal(e)).isInstanceOf(NoSuchRecordException.class));
    assertThatThrownBy(() -> access.openWorkspace(av.getId(), bob))
        .isInstanceOf(NoSuchWorkspaceException.class);
  }

  @Test
  void concurrentAcknowledgementsOfOnePersonStoreOne() throws Exception {
    access.openWorkspace(av.getId(), alice);
    Bulletin lyon = bulletins.publish(draft("Lyon", Audience.everyone()));
    List<Object> outcomes =
        concurrently(
            List.of(vera, vera, vera),
            List.of(
                () -> bulletins.acknowledge(lyon.getId()),
                () -> bulletins.acknowledge(lyon.getId()),
                () -> bulletins.acknowledge(lyon.getId())));
    assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome).isInstanceOf(Ack.class));
    assertThat(rows("SELECT COUNT(*) FROM ack WHERE subject_id = " + lyon.getId())).isEqualTo(1);
  }

  @Test
  void theMatrixKeepsEveryVersionWithItsDatesAndVersionTwoAsksAgain() throws Exception {
    LocalDate start = LocalDate.of(2026, 1, 1);
    access.openWorkspace(av.getId(), alice);
    AuthorityVersion v1 =
        matrix.publish(
            start,
            "First",
            List.of(
                new RuleRow("Waive a late fee", new BigDecimal("25"), "EUR", "", ""),
                new RuleRow(
                    "Refund", new BigDecimal("100"), "EUR", "with supervisor approval", "")),
            0);
    access.openWorkspace(av.getId(), vera);
    matrix.acknowledge(v1.getId());
    assertThat(matrix.acknowledgedByCaller(v1.getId())).isPresent();
    assertRefusedAs(
        () ->
            matrix.publish(start.plusDays(1), "", List.of(new RuleRow("x", null, null, "", "")), 1),
        NotAllowedException.class);

    access.openWorkspace(av.getId(), carla); // a contributor of the client does not own it
    assertRefusedAs(
        () ->
            matrix.publish(start.plusDays(1), "", List.of(new RuleRow("x", null, null, "", "")), 1),
        NotAllowedException.class);
    access.openWorkspace(av.getId(), alice);
    assertRefused(
        () -> matrix.publish(start, "", List.of(new RuleRow("x", null, null, "", "")), 1),
        "authority.startsTooEarly");
    AuthorityVersion v2 =
        matrix.publish(
            LocalDate.of(2026, 6, 1),
            "Higher refunds",
            List.of(
                new RuleRow(
                    "Refund", new BigDecimal("150"), "EUR", "with supervisor approval", "")),
            1);
    assertChangedMeanwhile(
        () ->
            matrix.publish(
                LocalDate.of(2026, 9, 1), "", List.of(new RuleRow("x", null, null, "", "")), 1));

    assertThat(matrix.versions())
        .extracting(
            AuthorityVersion::getNumber,
            AuthorityVersion::getValidFrom,
            AuthorityVersion::getValidUntil)
        .containsExactly(
            tuple(2, LocalDate.of(2026, 6, 1), null), tuple(1, start, LocalDate.of(2026, 5, 31)));
    assertThat(matrix.on(LocalDate.of(2026, 3, 1)).orElseThrow().getNumber()).isEqualTo(1);
    assertThat(matrix.rules(v2.getId()))
        .extracting(AuthorityRule::getLimitAmount)
        .containsExactly(new BigDecimal("150.00"));
    assertThat(matrix.rules(v1.getId())).hasSize(2);

    // version 2 asks Vera again; version 1 can no longer be acknowledged
    access.openWorkspace(av.getId(), vera);
    assertThat(matrix.acknowledgedByCaller(v2.getId())).isEmpty();
    assertRefused(() -> matrix.acknowledge(v1.getId()), "authority.notLatest");
    matrix.acknowledge(v2.getId());
    matrix.acknowledge(v2.getId());
    access.openWorkspace(av.getId(), alice);
    assertThat(everyone(AckSubject.AUTHORITY, v2.getId(), 2)).isEqualTo(new AckRate(null, 1, 4));
    assertThat(everyone(AckSubject.AUTHORITY, v1.getId(), 1)).isEqualTo(new AckRate(null, 1, 4));
    assertRefusedAs(() -> matrix.acknowledge(v2.getId()), NotAllowedException.class);
  }

  @Test
  void theMatrixAsksTheVendorsPeopleAndRemindsWhoHasNotAcknowledgedTheLatestVersion()
      throws Exception {
    Instant now = Instant.now();
    AuthorityVersion v1;
    try (Mailbox mailbox = Mailbox.start()) {
      access.openWorkspace(av.getId(), alice);
      v1 =
          matrix.publish(
              LocalDate.of(2026, 1, 1),
              "Fees",
              List.of(new RuleRow("Waive a late fee", new BigDecimal("25"), "EUR", "", "")),
              0);
      assertThat(mailbox.mailTo(rita).getSubject())
          .isEqualTo("New authority matrix to acknowledge: \"v1 · Fees\"");
      assertThat(mailbox.hasMailTo(carla)).as("the client's people are not asked").isFalse();
      access.openWorkspace(av.getId(), vera);
      matrix.acknowledge(v1.getId());
      access.openWorkspace(av.getId(), alice);
      assertThat(progress.rates(AckSubject.AUTHORITY, v1.getId(), 1))
          .containsExactly(
              new AckRate(null, 1, 4),
              new AckRate("Casablanca", 1, 2),
              new AckRate("Rabat", 0, 1),
              new AckRate(null, 0, 1)); // Victor, at no site
      assertThat(progress.recipients(AckSubject.AUTHORITY, v1.getId(), 1, true, 0, 10))
          .extracting(RecipientRow::accountId)
          .containsExactlyInAnyOrder(id(vince), id(rita), id(victor));
    }
    try (Mailbox mailbox = Mailbox.start()) {
      assertThat(standingAt(now.plus(Duration.ofHours(23)))).as("too early").isZero();
      assertThat(standingAt(now.plus(Duration.ofHours(25)))).isEqualTo(3);
      assertThat(mailbox.mailTo(vince).getSubject())
          .isEqualTo("Reminder: please acknowledge the authority matrix \"v1 · Fees\"");
      assertThat(standingAt(now.plus(Duration.ofHours(26)))).as("reminded an hour ago").isZero();

      // version 2 asks everyone again, and only it is reminded of
      access.openWorkspace(av.getId(), alice);
      AuthorityVersion v2 =
          matrix.publish(
              LocalDate.of(2026, 6, 1),
              "",
              List.of(new RuleRow("Waive a late fee", new BigDecimal("30"), "EUR", "", "")),
              1);
      access.openWorkspace(av.getId(), vera);
      matrix.acknowledge(v2.getId());
      assertThat(standingAt(Instant.now().plus(Duration.ofHours(25)))).isEqualTo(3);
    }
    access.openOrganization(vince);
    assertThat(notifications.page(0, 20))
        .filteredOn(n -> n.getKind() == Notification.Kind.AUTHORITY)
        .hasSize(4); // v1 asked and reminded, v2 asked and reminded
  }

  @Test
  void twoEditorsPublishingTheFirstMatrixVersionAtOnceGetOneVersionAndChangedMeanwhile()
      throws Exception {
    List<RuleRow> rules = List.of(new RuleRow("Waive a late fee", null, null, "", ""));
    List<Object> outcomes =
        concurrently(
            List.of(alice, alice),
            List.of(
                () -> matrix.publish(LocalDate.of(2026, 1, 1), "", rules, 0),
                () -> matrix.publish(LocalDate.of(2026, 1, 1), "", rules, 0)));
    assertThat(outcomes)
        .filteredOn(AuthorityVersion.class::isInstance)
        .as("one version stored")
        .hasSize(1);
    assertThat(outcomes)
        .filteredOn(ChangedMeanwhileException.class::isInstance)
        .as("the other is told it changed meanwhile")
        .hasSize(1);
    access.openWorkspace(av.getId(), alice);
    assertThat(matrix.versions()).hasSize(1);
  }

  @Test
  void aTrainingDocumentAsksTheVendorsPeopleRatesPerSiteAndRemindsUntilAcknowledged()
      throws Exception {
    Instant now = Instant.now();
    TrainingDocument course;
    try (Mailbox mailbox = Mailbox.start()) {
      access.openWorkspace(av.getId(), alice);
      course =
          library.add(
              "Returns crash course",
              "",
              TrainingCategory.COURSE,
              new Upload("returns.txt", "Returns: 30 days".getBytes(StandardCharsets.UTF_8)));
      assertThat(mailbox.mailTo(vera).getSubject())
          .isEqualTo("Training to read and acknowledge: \"Returns crash course\"");
      assertThat(mailbox.hasMailTo(carla)).isFalse();
    }
    access.openOrganization(vera);
    assertThat(notifications.page(0, 10))
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.getKind()).isEqualTo(Notification.Kind.TRAINING);
              assertThat(n.getSubjectId()).isEqualTo(course.getId());
            });
    access.openWorkspace(av.getId(), vera);
    assertThat(library.toAcknowledge(10))
        .extracting(TrainingDocument::getId)
        .contains(course.getId());
    library.acknowledge(course.getId());
    assertThat(library.toAcknowledge(10)).isEmpty();
    access.openWorkspace(av.getId(), carla);
    assertRefusedAs(() -> library.acknowledge(course.getId()), NotAllowedException.class);
    access.openWorkspace(bv.getId(), victor); // a vendor member, but of another workspace
    assertRefusedAs(() -> library.acknowledge(course.getId()), NoSuchRecordException.class);
    access.openWorkspace(av.getId(), carla);
    assertThat(library.toAcknowledge(10)).as("the client's people are not asked").isEmpty();
    assertThat(progress.rates(AckSubject.TRAINING, course.getId(), 1))
        .containsExactly(
            new AckRate(null, 1, 4),
            new AckRate("Casablanca", 1, 2),
            new AckRate("Rabat", 0, 1),
            new AckRate(null, 0, 1));

    try (Mailbox mailbox = Mailbox.start()) {
      assertThat(standingAt(now.plus(Duration.ofHours(1)))).as("too early").isZero();
      assertThat(standingAt(now.plus(Duration.ofHours(25)))).isEqualTo(3);
      assertThat(mailbox.mailTo(rita).getSubject())
          .isEqualTo("Reminder: please acknowledge the training \"Returns crash course\"");
      assertThat(mailbox.hasMailTo(vera)).as("Vera acknowledged").isFalse();
    }
    // an agent who joins later is asked by the next round: the whole library is theirs to read
    String nadia = member(av.getVendor(), "nadia", WorkspaceRole.VIEWER);
    standingAt(now.plus(Duration.ofHours(25)));
    access.openWorkspace(av.getId(), alice);
    assertThat(progress.recipientCount(AckSubject.TRAINING, course.getId(), 1, true)).isEqualTo(4);
    access.openWorkspace(av.getId(), nadia);
    assertThat(library.toAcknowledge(10))
        .extracting(TrainingDocument::getId)
        .contains(course.getId());
  }

  @Test
  void aTrainingDocumentsNewRevisionIsAcknowledgedAgain() throws Exception {
    access.openWorkspace(av.getId(), alice);
    TrainingDocument course =
        library.add(
            "Returns crash course",
            "Day one",
            TrainingCategory.COURSE,
            new Upload("returns.txt", "Returns: 30 days".getBytes(StandardCharsets.UTF_8)));
    access.openWorkspace(av.getId(), vera);
    library.acknowledge(course.getId());
    assertThat(library.acknowledgedByCaller(course.getId())).isPresent();
    access.openWorkspace(av.getId(), alice);
    TrainingDocument current = library.find(course.getId());
    library.upload(
        course.getId(),
        current.getVersion(),
        new Upload("returns.txt", "Returns: 14 days".getBytes(StandardCharsets.UTF_8)));
    assertChangedMeanwhile(
        () ->
            library.upload(
                course.getId(),
                current.getVersion(),
                new Upload("x.txt", "x".getBytes(StandardCharsets.UTF_8))));
    assertThat(library.revisions(course.getId()))
        .extracting(TrainingFileInfo::revision)
        .containsExactly(2, 1);
    long newest = library.revisions(course.getId()).get(0).id();
    assertThat(new String(library.file(newest).getData(), StandardCharsets.UTF_8))
        .isEqualTo("Returns: 14 days");
    access.openWorkspace(av.getId(), vera);
    assertThat(library.acknowledgedByCaller(course.getId())).isEmpty();
    access.openWorkspace(bv.getId(), bob);
    assertRefusedAs(() -> library.file(newest), NoSuchRecordException.class);
  }

  @Test
  void listsCostTheSameStatementsHoweverManyRecipients() throws Exception {
    access.openWorkspace(av.getId(), alice);
    Bulletin lyon = bulletins.publish(draft("Lyon", Audience.everyone()));
    int few = statementsToList(lyon.getId());
    for (int i = 0; i < 6; i++) {
      member(av.getVendor(), "agent" + i, WorkspaceRole.VIEWER);
    }
    schedule.runAll(Instant.now()); // newcomers are asked
    access.openWorkspace(av.getId(), alice);
    assertThat(board.recipientCount(lyon.getId(), false)).isEqualTo(10);
    assertThat(statementsToList(lyon.getId())).isEqualTo(few);
  }

  private int statementsToList(long bulletinId) {
    try (SqlCapture capture = SqlCapture.start(persistenceUnit)) {
      board.recipients(bulletinId, false, 0, 20);
      board.rates(bulletinId);
      return capture.statements().size();
    }
  }

  private BulletinDraft draft(String title, Audience audience) {
    Instant now = Instant.now();
    return new BulletinDraft(
        title,
        "Stores closed; **click & collect** only.",
        Urgency.CRITICAL,
        now.minusSeconds(60),
        now.plus(Duration.ofDays(2)),
        audience,
        null);
  }

  private BulletinDraft withBody(String markdown) {
    Instant now = Instant.now();
    return new BulletinDraft(
        "Title", markdown, Urgency.INFO, now, now.plusSeconds(3600), null, null);
  }

  private void place(String email, long site, String team) {
    access.openWorkspaceAsAdmin(av.getId(), victor);
    long account = id(email);
    long version = memberships.find(av.getId(), account).orElseThrow().getVersion();
    memberships.placeOwn(account, site, team, version);
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

  /** The calls at once, each as its person in A–V; a refusal stands for a call that threw. */
  private List<Object> concurrently(List<String> people, List<? extends Callable<?>> calls)
      throws Exception {
    return AtOnce.run(executor, av.getId(), people, calls).stream()
        .map(outcome -> outcome instanceof Throwable failure ? refusal(failure) : outcome)
        .toList();
  }

  private Map<String, String> fingerprint() throws SQLException {
    Map<String, String> fingerprint = new LinkedHashMap<>(DatabaseFingerprint.of(database));
    for (String table : TABLES) {
      fingerprint.put(table, row("SELECT COUNT(*), MAX(id) FROM " + table));
    }
    return fingerprint;
  }

  private long rows(String sql) throws SQLException {
    return Long.parseLong(row(sql));
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

  private static void assertRefused(Runnable action, String key) {
    assertThatThrownBy(action::run)
        .satisfies(
            e -> {
              assertThat(refusal(e)).isInstanceOf(RuleViolation.class);
              assertThat(((RuleViolation) refusal(e)).key()).isEqualTo(key);
            });
  }

  private static void assertRefusedAs(Runnable action, Class<?> refusal) {
    assertThatThrownBy(action::run).satisfies(e -> assertThat(refusal(e)).isInstanceOf(refusal));
  }

  private static void assertChangedMeanwhile(Runnable action) {
    assertRefusedAs(action, ChangedMeanwhileException.class);
  }

  private static Throwable refusal(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof RuleViolation
          || cause instanceof ChangedMeanwhileException
          || cause instanceof NoSuchRecordException
          || cause instanceof NoSuchWorkspaceException
          || cause instanceof NotAllowedException) {
        return cause;
      }
    }
    return failure;
  }

  /** The start of a PE file: "MZ", the DOS stub, and the "PE" signature where e_lfanew points. */
  private static byte[] windowsExecutable() {
    byte[] exe = new byte[512];
    exe[0] = 'M';
    exe[1] = 'Z';
    exe[0x3c] = (byte) 0x80;
    exe[0x80] = 'P';
    exe[0x81] = 'E';
    return exe;
  }
}
