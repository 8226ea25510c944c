package io.shoreline.portal.web.incidents;

import static org.assertj.core.api.Assertions.assertThat;

import io.shoreline.portal.scorecards.feedback.Feedback;
import io.shoreline.portal.scorecards.feedback.FeedbackChannel;
import io.shoreline.portal.scorecards.feedback.FeedbackDetails;
import io.shoreline.portal.scorecards.feedback.Sentiment;
import io.shoreline.portal.scorecards.incidents.Incident;
import io.shoreline.portal.scorecards.incidents.IncidentCategory;
import io.shoreline.portal.scorecards.incidents.IncidentDetails;
import io.shoreline.portal.scorecards.incidents.Incidents;
import io.shoreline.portal.scorecards.incidents.Severity;
import io.shoreline.portal.tenancy.Partnership;
import io.shoreline.portal.tenancy.WorkspaceRole;
import io.shoreline.portal.tenancy.isolation.TenantAccess;
import io.shoreline.portal.testing.ActiveMarkup;
import io.shoreline.portal.testing.ClientsAndVendor;
import io.shoreline.portal.testing.HostileTexts;
import io.shoreline.portal.testing.LazyLists;
import io.shoreline.portal.testing.WebClient;
import io.shoreline.portal.testing.XssPayloads;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The XSS corpus through incidents (titles, impacts, timeline entries, root causes) and customer
 * feedback (topics, verbatims). The payloads go into A–V, harmless text into the same places of
 * another A–V whose pages are the baseline; every page showing them must hold no more active markup
 * than the baseline, and no evaluated expression.
 */
@ExtendWith(ArquillianExtension.class)
class IncidentsFeedbackXssIT {

  private static final Instant STARTED = Instant.now().minus(Duration.ofDays(2));

  @ArquillianResource URL base;
  @Inject ClientsAndVendor clientsAndVendor;
  @Inject TenantAccess access;
  @Inject Incidents incidents;
  @Inject Feedback feedback;

  private ClientsAndVendor.Fixture tenants;
  private ClientsAndVendor.Fixture others;

  @BeforeEach
  void twoWorkspacesOfAClientAndItsVendor() {
    tenants = clientsAndVendor.create(WorkspaceRole.COORDINATOR);
    others = clientsAndVendor.create(WorkspaceRole.COORDINATOR);
  }

  @Test
  void incidentTitlesAndImpactsAreInertOnEachIncidentAndInTheList() throws Exception {
    List<Long> hostile = new ArrayList<>();
    access.openWorkspace(tenants.av().getId(), tenants.alice());
    HostileTexts texts = HostileTexts.write(text -> hostile.add(report(text).getId()));
    assertThat(texts.stored()).hasSameSizeAs(XssPayloads.all());
    access.openWorkspace(others.av().getId(), others.alice());
    List<Long> harmless =
        HostileTexts.harmless(21).stream().map(text -> report(text).getId()).toList();

    WebClient alice = signedIn(tenants.alice());
    WebClient other = signedIn(others.alice());
    String baseline =
        other.page("app/incident.xhtml?w=" + others.av().getId() + "&id=" + harmless.get(0));
    for (int i = 0; i < hostile.size(); i++) {
      String shown =
          alice.page("app/incident.xhtml?w=" + tenants.av().getId() + "&id=" + hostile.get(i));
      ActiveMarkup.assertNoneAdded("incident " + texts.stored().get(i), shown, baseline);
      ActiveMarkup.assertShownAsText("its page", shown, List.of(texts.stored().get(i)));
    }
    assertListInert("app/incidents.xhtml?w=", "incidents:table", alice, other, hostile.size());
  }

  @Test
  void timelineEntriesAndTheRootCauseAreInertOnTheIncidentAndItsTimelinePages() throws Exception {
    List<String> payloads = XssPayloads.all();
    access.openWorkspace(tenants.av().getId(), tenants.alice());
    long hostile = withTimeline(payloads);
    access.openWorkspace(others.av().getId(), others.alice());
    long harmless = withTimeline(HostileTexts.harmless(51)); // a full page and a second one

    String page = "app/incident.xhtml?w=";
    String hostilePage = page + tenants.av().getId() + "&id=" + hostile;
    String harmlessPage = page + others.av().getId() + "&id=" + harmless;
    WebClient alice = signedIn(tenants.alice());
    WebClient other = signedIn(others.alice());
    new LazyLists("timeline:entries", 50)
        .assertInert(
            new LazyLists.Side(
                alice, hostilePage, Map.of("w", tenants.av().getId() + "", "id", hostile + "")),
            new LazyLists.Side(
                other, harmlessPage, Map.of("w", others.av().getId() + "", "id", harmless + "")),
            payloads.size());
  }

  @Test
  void feedbackTopicsAndVerbatimsAreInertOnEachItemTheListAndTheTopicFilter() throws Exception {
    List<Long> hostile = new ArrayList<>();
    access.openWorkspace(tenants.av().getId(), tenants.victor());
    HostileTexts texts = HostileTexts.write(text -> hostile.add(record(text)));
    assertThat(texts.stored()).hasSameSizeAs(XssPayloads.all());
    access.openWorkspace(others.av().getId(), others.victor());
    List<Long> harmless = HostileTexts.harmless(21).stream().map(this::record).toList();

    WebClient alice = signedIn(tenants.alice());
    WebClient other = signedIn(others.alice());
    String item = "app/feedback-item.xhtml?w=";
    String baseline = other.page(item + others.av().getId() + "&id=" + harmless.get(0));
    for (int i = 0; i < hostile.size(); i++) {
      String shown = alice.page(item + tenants.av().getId() + "&id=" + hostile.get(i));
      ActiveMarkup.assertNoneAdded("feedback " + texts.stored().get(i), shown, baseline);
      ActiveMarkup.assertShownAsText("its page", shown, List.of(texts.stored().get(i)));
    }
    assertListInert("app/feedback.xhtml?w=", "items:table", alice, other, hostile.size());
  }

  private Incident report(String text) {
    return incidents.report(
        new IncidentDetails(text, Severity.SEV2, IncidentCategory.TELEPHONY, STARTED, 120, text),
        null);
  }

  private long withTimeline(List<String> texts) {
    Incident incident = report("Outage with a long timeline");
    for (int i = 0; i < texts.size(); i++) {
      incidents.addEntry(incident.getId(), STARTED.plusSeconds(60L * i), texts.get(i));
    }
    Incident found = incidents.find(incident.getId());
    // a root cause holds 4,000 characters: the first 40 texts
    incidents.explain(found.getId(), found.getVersion(), String.join("\n", texts.subList(0, 40)));
    return incident.getId();
  }

  /** Feedback with the text as verbatim, and as topic when short enough to be one. */
  private long record(String text) {
    return feedback
        .record(
            new FeedbackDetails(
                LocalDate.now(ZoneOffset.UTC).minusDays(1),
                FeedbackChannel.PHONE,
                text.length() <= FeedbackDetails.TOPIC_LENGTH ? text : "A long complaint",
                text,
                Sentiment.NEGATIVE,
                false),
            false)
        .getId();
  }

  private void assertListInert(
      String list, String table, WebClient alice, WebClient other, int rows) throws Exception {
    new LazyLists(table, 20)
        .assertInert(side(alice, list, tenants.av()), side(other, list, others.av()), rows);
  }

  private static LazyLists.Side side(WebClient web, String list, Partnership workspace) {
    return new LazyLists.Side(web, list + workspace.getId(), Map.of("w", workspace.getId() + ""));
  }

  private WebClient signedIn(String email) throws Exception {
    return WebClient.signedIn(base, email, ClientsAndVendor.PASSWORD);
  }
}
