package io.shoreline.portal.web.feeds;

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
import io.shoreline.portal.feeds.IngestOutcome;
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
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The XSS corpus through the feeds feature: feed names and descriptions, text cells, and the
 * validation report that quotes a bad cell back to the person who uploaded it (an Ajax answer).
 * Alice writes the payloads in A–V, Bob harmless text in the same places of B–V; every page showing
 * them must hold no more active markup than Bob's, and no evaluated expression. (Column names
 * cannot hold markup: they are letters, digits, spaces and "_.-".)
 */
@ExtendWith(ArquillianExtension.class)
class FeedsXssIT {

  @ArquillianResource URL base;
  @Inject ClientsAndVendor clientsAndVendor;
  @Inject TenantAccess access;
  @Inject Feeds feeds;
  @Inject FeedSubmissions submissions;

  private ClientsAndVendor.Fixture tenants;

  @BeforeEach
  void clientsAAndBWithVendorV() {
    tenants = clientsAndVendor.create(WorkspaceRole.COORDINATOR);
  }

  @Test
  void namesAndDescriptionsAreInertOnEachFeedAndInTheList() throws Exception {
    List<Long> hostile = new ArrayList<>();
    access.openWorkspace(tenants.av().getId(), tenants.alice());
    HostileTexts texts =
        HostileTexts.write(text -> hostile.add(feed(text, ColumnType.TEXT).getId()));
    assertThat(texts.refused())
        .as("refused: only names over 120 characters")
        .allMatch(text -> HostileTexts.tooLongOrTaken(text, 120));
    access.openWorkspace(tenants.bv().getId(), tenants.bob());
    List<Long> harmless =
        HostileTexts.harmless(21).stream()
            .map(text -> feed(text, ColumnType.TEXT).getId())
            .toList();

    WebClient alice = signedIn(tenants.alice());
    WebClient bob = signedIn(tenants.bob());
    String baseline = bob.page(feedPage(tenants.bv(), harmless.get(0)));
    for (int i = 0; i < hostile.size(); i++) {
      String shown = alice.page(feedPage(tenants.av(), hostile.get(i)));
      ActiveMarkup.assertNoneAdded("feed " + texts.stored().get(i), shown, baseline);
      ActiveMarkup.assertShownAsText("its page", shown, List.of(texts.stored().get(i)));
    }
    new LazyLists("list:feeds", 20)
        .assertInert(
            side(alice, "app/feeds.xhtml?w=", tenants.av(), Map.of()),
            side(bob, "app/feeds.xhtml?w=", tenants.bv(), Map.of()),
            hostile.size());
  }

  @Test
  void textCellsAreInertOnEveryPageOfTheFeedsRows() throws Exception {
    // a cell with a control character (NUL, ESC, C1) is refused with its own reason: not stored
    List<String> payloads =
        XssPayloads.all().stream()
            .filter(
                payload ->
                    payload
                        .chars()
                        .noneMatch(
                            c -> Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r'))
            .toList();
    access.openWorkspace(tenants.av().getId(), tenants.alice());
    Feed hostile = feed("Hostile cells", ColumnType.TEXT);
    assertThat(submit(hostile, payloads)).isInstanceOf(IngestOutcome.Accepted.class);
    access.openWorkspace(tenants.bv().getId(), tenants.bob());
    Feed harmless = feed("Hostile cells", ColumnType.TEXT);
    submit(harmless, HostileTexts.harmless(26)); // a full page and a second one

    WebClient alice = signedIn(tenants.alice());
    WebClient bob = signedIn(tenants.bob());
    new LazyLists("rows:table", 25)
        .assertInert(
            side(
                alice,
                feedPage(tenants.av(), hostile.getId()),
                tenants.av(),
                Map.of("f", hostile.getId() + "")),
            side(
                bob,
                feedPage(tenants.bv(), harmless.getId()),
                tenants.bv(),
                Map.of("f", harmless.getId() + "")),
            payloads.size());
  }

  @Test
  void theValidationReportQuotesBadCellsInertly() throws Exception {
    access.openWorkspace(tenants.av().getId(), tenants.alice());
    long hostile = feed("Amounts", ColumnType.DECIMAL).getId();
    access.openWorkspace(tenants.bv().getId(), tenants.bob());
    long harmless = feed("Amounts", ColumnType.DECIMAL).getId();

    WebClient alice = signedIn(tenants.alice());
    WebClient bob = signedIn(tenants.bob());
    List<String> payloads = XssPayloads.all();
    // the report lists 50 problems: 50 bad cells per upload
    for (int from = 0; from < payloads.size(); from += 50) {
      List<String> chunk = payloads.subList(from, Math.min(from + 50, payloads.size()));
      String shown = upload(alice, feedPage(tenants.av(), hostile), chunk);
      assertThat(shown).as("the report").contains("problem-reason");
      ActiveMarkup.assertNoneAdded(
          "the validation report from row " + from,
          ActiveMarkup.partialHtml(shown),
          ActiveMarkup.partialHtml(
              upload(
                  bob, feedPage(tenants.bv(), harmless), chunk.stream().map(t -> "x").toList())));
    }
  }

  /** A client-to-vendor feed keyed by "key", with one more column "value" of this type. */
  private Feed feed(String text, ColumnType valueType) {
    return feeds.create(
        new FeedDefinition(
            text,
            text,
            FeedDirection.CLIENT_TO_VENDOR,
            FeedColumns.of(
                List.of(
                    FeedColumn.of("key", ColumnType.TEXT, true, true),
                    FeedColumn.of("value", valueType, false, true))),
            Optional.empty()));
  }

  private IngestOutcome submit(Feed feed, List<String> values) {
    return submissions.submit(
        feed.getId(),
        new Submission(
            new ByteArrayInputStream(csv(values)), IngestFormat.CSV, IngestMode.SNAPSHOT, null));
  }

  /** Rows r000, r001, ... with these values, each quoted as RFC 4180 says. */
  private static byte[] csv(List<String> values) {
    StringBuilder csv = new StringBuilder("key,value\r\n");
    for (int i = 0; i < values.size(); i++) {
      csv.append(String.format("r%03d,\"%s\"\r\n", i, values.get(i).replace("\"", "\"\"")));
    }
    return csv.toString().getBytes(UTF_8);
  }

  /** Uploads the values through the feed page's upload, as its Ajax file upload does. */
  private static String upload(WebClient web, String page, List<String> values) throws Exception {
    Map<String, String> fields =
        Map.of(
            "jakarta.faces.partial.ajax", "true",
            "jakarta.faces.source", "upload:csv",
            "jakarta.faces.partial.execute", "upload:csv",
            "upload:csv_totalFilesCount", "1",
            "jakarta.faces.partial.render", "messages upload:result");
    HttpResponse<String> answer =
        web.submitWithFiles(page, "csv", fields, "upload:csv", Map.of("values.csv", csv(values)));
    assertThat(answer.statusCode()).as("the upload").isEqualTo(200);
    return answer.body();
  }

  private static String feedPage(Partnership workspace, long feed) {
    return "app/feed.xhtml?w=" + workspace.getId() + "&f=" + feed;
  }

  /** A page of the workspace (the list's address ends with "w="), with more parameters. */
  private static LazyLists.Side side(
      WebClient web, String page, Partnership workspace, Map<String, String> more) {
    Map<String, String> parameters = new HashMap<>(more);
    parameters.put("w", workspace.getId() + "");
    return new LazyLists.Side(
        web, page.endsWith("w=") ? page + workspace.getId() : page, parameters);
  }

  private WebClient signedIn(String email) throws Exception {
    return WebClient.signedIn(base, email, ClientsAndVendor.PASSWORD);
  }
}
