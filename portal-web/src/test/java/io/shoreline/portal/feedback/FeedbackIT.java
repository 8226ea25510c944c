package io.shoreline.portal.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.shoreline.portal.identity.Accounts;
import io.shoreline.portal.platform.ChangedMeanwhileException;
import io.shoreline.portal.platform.NoSuchRecordException;
import io.shoreline.portal.platform.NotAllowedException;
import io.shoreline.portal.platform.RuleViolation;
import io.shoreline.portal.scorecards.Direction;
import io.shoreline.portal.scorecards.Kpi;
import io.shoreline.portal.scorecards.KpiDefinition;
import io.shoreline.portal.scorecards.KpiLine;
import io.shoreline.portal.scorecards.KpiSource;
import io.shoreline.portal.scorecards.Kpis;
import io.shoreline.portal.scorecards.PeriodKind;
import io.shoreline.portal.scorecards.Perspective;
import io.shoreline.portal.scorecards.ScorePeriod;
import io.shoreline.portal.scorecards.Scorecards;
import io.shoreline.portal.scorecards.TermsDetails;
import io.shoreline.portal.scorecards.Thresholds;
import io.shoreline.portal.scorecards.feedback.Feedback;
import io.shoreline.portal.scorecards.feedback.FeedbackChannel;
import io.shoreline.portal.scorecards.feedback.FeedbackDetails;
import io.shoreline.portal.scorecards.feedback.FeedbackFilter;
import io.shoreline.portal.scorecards.feedback.FeedbackFollowUps;
import io.shoreline.portal.scorecards.feedback.FeedbackItem;
import io.shoreline.portal.scorecards.feedback.FeedbackTrends;
import io.shoreline.portal.scorecards.feedback.Sentiment;
import io.shoreline.portal.scorecards.feedback.TrendCounts;
import io.shoreline.portal.scorecards.feedback.TrendPeriod;
import io.shoreline.portal.tenancy.Partnership;
import io.shoreline.portal.tenancy.WorkspaceRole;
import io.shoreline.portal.tenancy.isolation.TenantAccess;
import io.shoreline.portal.testing.AtOnce;
import io.shoreline.portal.testing.ClientsAndVendor;
import io.shoreline.portal.testing.DatabaseFingerprint;
import io.shoreline.portal.testing.Mailbox;
import io.shoreline.portal.threads.Conversation;
import io.shoreline.portal.threads.DailyDigest;
import io.shoreline.portal.threads.Notification;
import io.shoreline.portal.threads.Notifications;
import io.shoreline.portal.threads.Post;
import io.shoreline.portal.threads.Posts;
import io.shoreline.portal.threads.ThreadCategories;
import io.shoreline.portal.threads.Threads;
import io.shoreline.portal.visits.ActionItem;
import io.shoreline.portal.visits.ActionItems;
import io.shoreline.portal.visits.NewActionItem;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Customer feedback inside the server, with fresh tenants per test: client A and vendor V share
 * A–V, where Alice (A) and Victor (V) coordinate, Vera coordinates for V too, Carla (A) contributes
 * and Rita (V) contributes; client B shares B–V, where Bob coordinates and Victor only views.
 */
@ExtendWith(ArquillianExtension.class)
class FeedbackIT {

  private static final List<String> TABLES =
      List.of("feedback_item", "conversation", "post", "action_item", "notification");
  private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

  @Inject ClientsAndVendor clientsAndVendor;
  @Inject Accounts accounts;
  @Inject TenantAccess access;
  @Inject Feedback feedback;
  @Inject FeedbackFollowUps followUps;
  @Inject ThreadCategories categories;
  @Inject Threads threads;
  @Inject Posts posts;
  @Inject ActionItems actionItems;
  @Inject Notifications notifications;
  @Inject DailyDigest digest;
  @Inject Kpis kpis;
  @Inject Scorecards scorecards;

  @Resource(lookup = "java:app/jdbc/portal")
  DataSource database;

  @Resource(lookup = "java:comp/DefaultManagedExecutorService")
  ManagedExecutorService executor;

  private String alice;
  private String victor;
  private String bob;
  private String vera;
  private String carla;
  private String rita;
  private Partnership av;
  private Partnership bv;

  @BeforeEach
  void tenants() {
    ClientsAndVendor.Fixture tenants = clientsAndVendor.create(WorkspaceRole.COORDINATOR);
    alice = tenants.alice();
    victor = tenants.victor();
    bob = tenants.bob();
    av = tenants.av();
    bv = tenants.bv();
    vera = clientsAndVendor.addMember(av, av.getVendor(), "vera", WorkspaceRole.COORDINATOR);
    carla = clientsAndVendor.addMember(av, av.getClient(), "carla", WorkspaceRole.CONTRIBUTOR);
    rita = clientsAndVendor.addMember(av, av.getVendor(), "rita", WorkspaceRole.CONTRIBUTOR);
  }

  @Test
  void theVendorRecordsAnItemAndTheClientReadsItButCannotRecord() throws SQLException {
    access.openWorkspace(av.getId(), rita);
    FeedbackItem item =
        feedback.record(
            new FeedbackDetails(
                TODAY.minusDays(2),
                FeedbackChannel.CHAT,
                "  Late  delivery ",
                " Parcel came a week late ",
                Sentiment.NEGATIVE,
                false),
            false);

    assertThat(item.getTopic()).isEqualTo("Late delivery");
    assertThat(item.getVerbatim()).isEqualTo("Parcel came a week late");
    assertThat(item.getRecordedBy()).isEqualTo(id(rita));
    assertThat(item.getRecordedOrgId()).isEqualTo(av.getVendor().getId());
    assertThat(item.getSource()).isEqualTo(Feedback.PORTAL_SOURCE);
    assertThat(item.isDelighted()).isFalse();
    assertThat(item.isFlagged()).isFalse();
    assertThat(
            row(
                "SELECT received_on, channel, sentiment, verbatim FROM feedback_item WHERE id = "
                    + item.getId()))
        .isEqualTo(TODAY.minusDays(2) + " CHAT NEGATIVE Parcel came a week late");

    access.openWorkspace(av.getId(), alice);
    assertThat(feedback.find(item.getId()).getTopic()).isEqualTo("Late delivery");
    assertThat(feedback.canRecord()).isFalse();
    assertThat(feedback.canFollowUp()).isTrue();
    Map<String, String> before = fingerprint();
    assertThatThrownBy(() -> feedback.record(details("Billing", Sentiment.POSITIVE, true), true))
        .isInstanceOf(NotAllowedException.class);
    assertThatThrownBy(
            () ->
                feedback.correct(
                    item.getId(), item.getVersion(), details("Billing", Sentiment.POSITIVE, true)))
        .isInstanceOf(NotAllowedException.class);
    assertThat(fingerprint()).isEqualTo(before);
  }

  @Test
  void badInputIsRefusedWithAClearReasonAndChangesNothing() throws SQLException {
    FeedbackItem item = record(victor, details("Billing", Sentiment.NEUTRAL, false), false);
    long id = item.getId();
    long version = item.getVersion();
    Map<String, String> before = fingerprint();

    refused(() -> feedback.record(on(TODAY.plusDays(2)), false), "feedback.dateInFuture");
    refused(() -> feedback.record(on(TODAY.minusYears(6)), false), "feedback.dateTooOld");
    refused(() -> feedback.record(on(null), false), "feedback.dateRequired");
    refused(
        () -> feedback.record(details(" ", Sentiment.NEUTRAL, false), false),
        "feedback.topicRequired");
    refused(
        () -> feedback.record(details("x".repeat(81), Sentiment.NEUTRAL, false), false),
        "feedback.topicTooLong");
    refused(
        () ->
            feedback.record(
                new FeedbackDetails(
                    TODAY, FeedbackChannel.EMAIL, "T", "v".repeat(4001), Sentiment.NEUTRAL, false),
                false),
        "feedback.verbatimTooLong");
    refused(
        () ->
            feedback.record(
                new FeedbackDetails(TODAY, null, "T", "", Sentiment.NEUTRAL, false), false),
        "feedback.channelRequired");
    refused(
        () ->
            feedback.record(
                new FeedbackDetails(TODAY, FeedbackChannel.EMAIL, "T", "", null, false), false),
        "feedback.sentimentRequired");
    refused(() -> feedback.correct(id, version, on(TODAY.plusDays(3))), "feedback.dateInFuture");
    refused(
        () -> feedback.page(FeedbackFilter.between(TODAY, TODAY.minusDays(1)), 0, 10),
        "feedback.rangeReversed");
    refused(
        () -> feedback.trends(FeedbackFilter.between(TODAY.minusYears(3), TODAY), TrendPeriod.WEEK),
        "feedback.trendTooLong");

    assertThat(fingerprint()).isEqualTo(before);
  }

  @Test
  void aFlaggedItemTellsTheClientsCoordinatorsAndLeadsToTheItem() throws Exception {
    accounts.changeDailyDigest(alice, true);
    FeedbackItem item = record(victor, details("Billing", Sentiment.NEGATIVE, false), true);

    assertThat(feedbackNotices(alice)).containsExactly("Billing · " + item.getReceivedOn());
    assertThat(feedbackNotices(vera)).isEmpty(); // the vendor's side
    assertThat(feedbackNotices(carla)).isEmpty(); // no coordinator
    access.openOrganization(alice);
    assertThat(notifications.page(0, 10))
        .extracting(Notification::getKind, Notification::getSubjectId, Notification::getActorName)
        .containsExactly(tuple(Notification.Kind.FEEDBACK, item.getId(), victor));
    try (Mailbox mailbox = Mailbox.start()) {
      digest.sendAll();
      assertThat(Mailbox.text(mailbox.mailTo(alice)))
          .contains(
              victor + " flagged customer feedback for your attention, \"Billing · ",
              "/app/feedback-item.xhtml?w=" + av.getId() + "&id=" + item.getId());
    }

    // unflagged by the client once dealt with, flagged again by the vendor: told again
    access.openWorkspace(av.getId(), alice);
    FeedbackItem unflagged = feedback.flag(item.getId(), item.getVersion(), false);
    assertThat(unflagged.isFlagged()).isFalse();
    access.openWorkspace(av.getId(), rita);
    FeedbackItem again = feedback.flag(item.getId(), unflagged.getVersion(), true);
    assertThat(again.isFlagged()).isTrue();
    assertThat(feedbackNotices(alice)).hasSize(2);
    access.openWorkspace(av.getId(), rita);
    feedback.flag(item.getId(), again.getVersion(), true); // flagged already: nobody told twice
    assertThat(feedbackNotices(alice)).hasSize(2);
  }

  @Test
  void theListFiltersAndPagesInTheDatabase() {
    FeedbackItem old =
        record(victor, at(TODAY.minusDays(40), "Billing", Sentiment.NEGATIVE, false), true);
    FeedbackItem mid =
        record(victor, at(TODAY.minusDays(10), "Delivery", Sentiment.POSITIVE, true), false);
    FeedbackItem recent =
        record(victor, at(TODAY.minusDays(1), "Billing", Sentiment.POSITIVE, true), false);

    access.openWorkspace(av.getId(), carla);
    assertThat(feedback.page(FeedbackFilter.ALL, 0, 10))
        .extracting(FeedbackItem::getId)
        .containsExactly(recent.getId(), mid.getId(), old.getId());
    assertThat(feedback.page(FeedbackFilter.ALL, 1, 1))
        .extracting(FeedbackItem::getId)
        .containsExactly(mid.getId());
    assertThat(feedback.count(FeedbackFilter.ALL)).isEqualTo(3);
    assertThat(feedback.page(FeedbackFilter.ALL.withTopic(" Billing "), 0, 10))
        .extracting(FeedbackItem::getId)
        .containsExactly(recent.getId(), old.getId());
    assertThat(feedback.page(FeedbackFilter.ALL.flagged(), 0, 10))
        .extracting(FeedbackItem::getId)
        .containsExactly(old.getId());
    // from and to are inclusive days
    assertThat(
            feedback.page(FeedbackFilter.between(TODAY.minusDays(40), TODAY.minusDays(10)), 0, 10))
        .extracting(FeedbackItem::getId)
        .containsExactly(mid.getId(), old.getId());
    assertThat(
            feedback.count(
                new FeedbackFilter(
                    null, null, null, FeedbackChannel.PHONE, Sentiment.POSITIVE, false, true)))
        .isEqualTo(2);
    assertThat(
            feedback.count(
                new FeedbackFilter(null, null, null, FeedbackChannel.CHAT, null, false, null)))
        .isZero();
    assertThat(feedback.topics()).containsExactly("Billing", "Delivery");
    assertThat(feedback.unanswered(5)).extracting(FeedbackItem::getId).containsExactly(old.getId());
    assertThat(feedback.countUnanswered()).isEqualTo(1);
  }

  @Test
  void trendsCountEachTopicPerMonthWorkedOutByHand() {
    LocalDate thisMonth = TODAY.withDayOfMonth(1);
    LocalDate lastMonth = thisMonth.minusMonths(1);
    // last month: Billing 3 (2 negative, 1 positive delighted); Delivery 1 positive delighted
    record(victor, at(lastMonth, "Billing", Sentiment.NEGATIVE, false), false);
    record(victor, at(lastMonth.plusDays(3), "Billing", Sentiment.NEGATIVE, false), false);
    record(victor, at(lastMonth.plusDays(3), "Billing", Sentiment.POSITIVE, true), false);
    record(victor, at(lastMonth.plusDays(5), "Delivery", Sentiment.POSITIVE, true), false);
    // this month: Billing 1 neutral delighted; two months ago: outside the range asked for
    record(victor, at(thisMonth, "Billing", Sentiment.NEUTRAL, true), false);
    record(victor, at(lastMonth.minusDays(1), "Billing", Sentiment.NEGATIVE, false), false);
    recordIn(bv, at(lastMonth, "Billing", Sentiment.POSITIVE, true)); // another workspace

    access.openWorkspace(av.getId(), alice);
    FeedbackTrends trends =
        feedback.trends(FeedbackFilter.between(lastMonth, TODAY), TrendPeriod.MONTH);

    assertThat(trends.getPeriods()).containsExactly(lastMonth, thisMonth);
    assertThat(trends.getTopics())
        .extracting(FeedbackTrends.TopicTrend::getTopic)
        .containsExactly("Billing", "Delivery");
    FeedbackTrends.TopicTrend billing = trends.getTopics().get(0);
    assertThat(billing.getPerPeriod())
        .extracting(
            TrendCounts::getItems,
            TrendCounts::getDelighted,
            TrendCounts::getPositive,
            TrendCounts::getNeutral,
            TrendCounts::getNegative)
        .containsExactly(tuple(3L, 1L, 1L, 0L, 2L), tuple(1L, 1L, 0L, 1L, 0L));
    assertThat(billing.getPerPeriod().get(0).getDelightedPercent())
        .isEqualTo(new BigDecimal("33.3"));
    assertThat(billing.getTotal().getDelightedPercent()).isEqualTo(new BigDecimal("50.0"));
    assertThat(trends.getAllTopics()).extracting(TrendCounts::getItems).containsExactly(4L, 1L);
    assertThat(
            feedback
                .trends(
                    FeedbackFilter.between(lastMonth, TODAY).withTopic("Delivery"),
                    TrendPeriod.MONTH)
                .getTopics())
        .extracting(FeedbackTrends.TopicTrend::getTopic)
        .containsExactly("Delivery");
  }

  @Test
  void theScorecardsFeedbackKpiReadsTheItemsOfItsPeriod() {
    LocalDate first = TODAY.withDayOfMonth(1);
    access.openWorkspace(av.getId(), alice);
    Kpi proposed =
        kpis.propose(
            new KpiDefinition(
                "Customer delight",
                "Delighted share of the feedback items",
                "%",
                Perspective.CUSTOMER,
                Direction.HIGHER_IS_BETTER,
                KpiSource.FEEDBACK,
                "DELIGHTED_RATE",
                null,
                null,
                null,
                null),
            new TermsDetails(
                first.minusYears(1),
                new Thresholds(
                    Direction.HIGHER_IS_BETTER,
                    new BigDecimal("50"),
                    new BigDecimal("40"),
                    new BigDecimal("20")),
                1,
                "Schedule 3"));
    access.openWorkspace(av.getId(), victor);
    kpis.agree(proposed.getId(), proposed.getVersion());
    // this month: 1 of 4 delighted; last month's item is another period
    record(victor, at(first, "Billing", Sentiment.POSITIVE, true), false);
    record(victor, at(first, "Billing", Sentiment.NEGATIVE, false), false);
    record(victor, at(first, "Delivery", Sentiment.NEUTRAL, false), true);
    record(victor, at(first, "Delivery", Sentiment.NEGATIVE, false), false);
    record(victor, at(first.minusDays(1), "Billing", Sentiment.POSITIVE, true), false);

    access.openWorkspace(av.getId(), alice);
    KpiLine line = scorecards.of(ScorePeriod.containing(PeriodKind.MONTH, first)).lines().get(0);
    assertThat(line.current().value()).isEqualByComparingTo("25");
    assertThat(line.previous().value()).isEqualByComparingTo("100");
  }

  @Test
  void theClientTurnsAnItemIntoAThreadOnceThatQuotesItAndLinksBack() throws SQLException {
    FeedbackItem item =
        record(
            victor,
            new FeedbackDetails(
                TODAY,
                FeedbackChannel.PHONE,
                "Refunds",
                "Nobody called me back",
                Sentiment.NEGATIVE,
                false),
            true);
    access.openWorkspace(av.getId(), victor);
    long category = categories.all().get(0).getId();
    assertThatThrownBy(() -> followUps.toThread(item.getId(), item.getVersion(), category, ""))
        .isInstanceOf(NotAllowedException.class); // the vendor's side

    access.openWorkspace(av.getId(), carla);
    Conversation thread = followUps.toThread(item.getId(), item.getVersion(), category, "Why?");

    assertThat(thread.getTitle()).isEqualTo("Customer feedback: Refunds");
    Post first = posts.page(thread.getId(), 0, 1).posts().get(0);
    assertThat(first.getMarkdown())
        .startsWith("> Nobody called me back")
        .contains("/app/feedback-item.xhtml?w=" + av.getId() + "&id=" + item.getId())
        .endsWith("Why?");
    FeedbackItem turned = feedback.find(item.getId());
    assertThat(turned.getConversationId()).isEqualTo(thread.getId());
    assertThat(feedback.countUnanswered()).isZero();
    Map<String, String> before = fingerprint();
    refused(
        () -> followUps.toThread(item.getId(), turned.getVersion(), category, ""),
        "feedback.threadAlready");
    assertThat(fingerprint()).isEqualTo(before);
  }

  @Test
  void theClientTurnsAnItemIntoAnActionItemOnceForEitherSide() throws SQLException {
    FeedbackItem item = record(victor, details("Refunds", Sentiment.NEGATIVE, false), true);
    access.openWorkspace(av.getId(), alice);

    ActionItem action =
        followUps.toAction(
            item.getId(),
            item.getVersion(),
            new NewActionItem(null, "Call back", id(rita), TODAY.plusDays(7)));

    assertThat(action.getFeedbackId()).isEqualTo(item.getId());
    assertThat(action.getOriginLabel()).isEqualTo("Refunds");
    assertThat(actionItems.find(action.getId()).getOwnerId()).isEqualTo(id(rita));
    FeedbackItem turned = feedback.find(item.getId());
    assertThat(turned.getActionItemId()).isEqualTo(action.getId());
    Map<String, String> before = fingerprint();
    refused(
        () ->
            followUps.toAction(
                item.getId(),
                turned.getVersion(),
                new NewActionItem(null, "Again", id(alice), TODAY)),
        "feedback.actionAlready");
    FeedbackItem other = record(victor, details("Refunds", Sentiment.NEGATIVE, false), false);
    access.openWorkspace(av.getId(), alice);
    Map<String, String> withOther = fingerprint();
    refused(
        () ->
            followUps.toAction(
                other.getId(), other.getVersion(), new NewActionItem(null, "Bob", id(bob), TODAY)),
        "actions.ownerNotMember");
    refused(
        () ->
            followUps.toAction(
                other.getId(), other.getVersion(), new NewActionItem(null, " ", id(rita), TODAY)),
        "actions.titleRequired");
    assertThat(fingerprint()).isEqualTo(withOther).isNotEqualTo(before);
  }

  @Test
  void aChangeMadeOnAStaleVersionIsRefused() throws Exception {
    FeedbackItem item = record(victor, details("Billing", Sentiment.NEUTRAL, false), false);
    access.openWorkspace(av.getId(), vera);
    FeedbackItem corrected =
        feedback.correct(
            item.getId(), item.getVersion(), details("Billing errors", Sentiment.NEGATIVE, false));
    assertThat(corrected.getTopic()).isEqualTo("Billing errors");
    access.openWorkspace(av.getId(), victor);
    Map<String, String> before = fingerprint();

    for (ThrowingCallable stale :
        List.<ThrowingCallable>of(
            () ->
                feedback.correct(
                    item.getId(), item.getVersion(), details("Mine", Sentiment.NEUTRAL, false)),
            () -> feedback.flag(item.getId(), item.getVersion(), true))) {
      assertThatThrownBy(stale).isInstanceOf(ChangedMeanwhileException.class);
    }
    access.openWorkspace(av.getId(), alice);
    long category = categories.all().get(0).getId();
    assertThatThrownBy(() -> followUps.toThread(item.getId(), item.getVersion(), category, ""))
        .isInstanceOf(ChangedMeanwhileException.class);
    assertThat(fingerprint()).isEqualTo(before);

    // both vendor coordinators correcting it at the same moment, as they saw it: one wins
    List<Object> outcomes =
        AtOnce.run(
            executor,
            av.getId(),
            List.of(victor, vera),
            List.of(
                () ->
                    feedback.correct(
                        item.getId(),
                        corrected.getVersion(),
                        details("By Victor", Sentiment.NEUTRAL, false)),
                () -> feedback.flag(item.getId(), corrected.getVersion(), true)));
    assertThat(outcomes).filteredOn(FeedbackItem.class::isInstance).hasSize(1);
    assertThat(outcomes).filteredOn(ChangedMeanwhileException.class::isInstance).hasSize(1);
  }

  @Test
  void anotherWorkspaceFindsNoneOfItsItems() {
    FeedbackItem item = record(victor, details("Billing", Sentiment.NEGATIVE, false), true);
    long id = item.getId();
    long version = item.getVersion();

    access.openWorkspace(bv.getId(), bob);
    long category = categories.all().get(0).getId();
    assertThat(feedback.page(FeedbackFilter.ALL, 0, 50)).isEmpty();
    assertThat(feedback.count(FeedbackFilter.ALL)).isZero();
    assertThat(feedback.countUnanswered()).isZero();
    assertThat(feedback.topics()).isEmpty();
    assertThat(feedback.trends(FeedbackFilter.ALL, TrendPeriod.MONTH).isEmpty()).isTrue();
    for (ThrowingCallable reach :
        List.<ThrowingCallable>of(
            () -> feedback.find(id),
            () -> feedback.flag(id, version, false),
            () -> followUps.toThread(id, version, category, "Forged"),
            () ->
                followUps.toAction(
                    id, version, new NewActionItem(null, "Forged", id(bob), TODAY)))) {
      assertThatThrownBy(reach).isInstanceOf(NoSuchRecordException.class);
    }
    access.openWorkspace(bv.getId(), victor); // a viewer of B–V, a coordinator of A–V
    assertThatThrownBy(
            () -> feedback.correct(id, version, details("Forged", Sentiment.NEUTRAL, false)))
        .isInstanceOf(NoSuchRecordException.class);
    assertThatThrownBy(() -> feedback.record(details("Viewer's", Sentiment.NEUTRAL, false), false))
        .isInstanceOf(NotAllowedException.class);
  }

  private FeedbackItem record(String person, FeedbackDetails details, boolean flagged) {
    access.openWorkspace(av.getId(), person);
    return feedback.record(details, flagged);
  }

  /** An item of another workspace, recorded by a vendor's contributor (Victor only views B–V). */
  private void recordIn(Partnership workspace, FeedbackDetails details) {
    String recorder =
        clientsAndVendor.addMember(
            workspace, workspace.getVendor(), "recorder", WorkspaceRole.CONTRIBUTOR);
    access.openWorkspace(workspace.getId(), recorder);
    feedback.record(details, false);
  }

  private static FeedbackDetails details(String topic, Sentiment sentiment, boolean delighted) {
    return at(TODAY.minusDays(1), topic, sentiment, delighted);
  }

  private static FeedbackDetails at(
      LocalDate day, String topic, Sentiment sentiment, boolean delighted) {
    return new FeedbackDetails(day, FeedbackChannel.PHONE, topic, "", sentiment, delighted);
  }

  private static FeedbackDetails on(LocalDate day) {
    return at(day, "Billing", Sentiment.NEUTRAL, false);
  }

  /** The subjects of a person's feedback notifications, newest first. */
  private List<String> feedbackNotices(String person) {
    access.openOrganization(person);
    return notifications.page(0, 50).stream()
        .filter(notice -> notice.getKind() == Notification.Kind.FEEDBACK)
        .map(Notification::getSubject)
        .toList();
  }

  private long id(String email) {
    return accounts.findByEmail(email).orElseThrow().getId();
  }

  private static void refused(ThrowingCallable call, String key) {
    assertThatThrownBy(call).isInstanceOf(RuleViolation.class).hasMessage(key);
  }

  private Map<String, String> fingerprint() throws SQLException {
    Map<String, String> fingerprint = new LinkedHashMap<>(DatabaseFingerprint.of(database));
    for (String table : TABLES) {
      fingerprint.put(
          table, row("SELECT COUNT(*), COALESCE(SUM(version), 0), MAX(id) FROM " + table));
    }
    return fingerprint;
  }

  private String row(String sql) throws SQLException {
    return DatabaseFingerprint.row(database, sql);
  }
}
