package io.shoreline.portal.web.threads;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.shoreline.portal.notes.PartnerNotes;
import io.shoreline.portal.tenancy.Partnership;
import io.shoreline.portal.tenancy.WorkspaceRole;
import io.shoreline.portal.tenancy.isolation.TenantAccess;
import io.shoreline.portal.testing.ActiveMarkup;
import io.shoreline.portal.testing.ClientsAndVendor;
import io.shoreline.portal.testing.HostileTexts;
import io.shoreline.portal.testing.LazyTables;
import io.shoreline.portal.testing.WebClient;
import io.shoreline.portal.testing.XssPayloads;
import io.shoreline.portal.threads.NewThread;
import io.shoreline.portal.threads.ThreadCategories;
import io.shoreline.portal.threads.Threads;
import io.shoreline.portal.threads.Upload;
import jakarta.inject.Inject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The XSS corpus through every text of the threads feature and the private notes: post bodies
 * (Markdown), thread titles, attachment names, category names, notes. Alice writes the payloads in
 * A–V, Bob harmless text in the same places of B–V; every page showing them, and the thread list's
 * Ajax pages, must hold no more active markup than Bob's, and no evaluated expression.
 */
@ExtendWith(ArquillianExtension.class)
class ThreadsXssIT {

  @ArquillianResource URL base;
  @Inject ClientsAndVendor clientsAndVendor;
  @Inject TenantAccess access;
  @Inject Threads threads;
  @Inject ThreadCategories categories;
  @Inject PartnerNotes notes;

  private ClientsAndVendor.Fixture tenants;

  @BeforeEach
  void clientsAAndBWithVendorV() {
    tenants = clientsAndVendor.create(WorkspaceRole.COORDINATOR);
  }

  @Test
  void titlesBodiesAndFileNamesAreInertOnEachThreadInTheListItsAjaxPagesAndTheActivity()
      throws Exception {
    access.openWorkspace(tenants.av().getId(), tenants.alice());
    List<Long> hostile = new ArrayList<>();
    HostileTexts texts = HostileTexts.write(text -> hostile.add(start(text, text)));
    assertThat(texts.refused())
        .as("refused: only titles with a control character (a title is one line)")
        .allMatch(HostileTexts::hasControlCharacter);
    for (String text : texts.refused()) {
      // the file name still counts; a body with a control character is refused too (posts.control)
      hostile.add(start("A title of one line", HostileTexts.withoutControlCharacters(text)));
    }
    access.openWorkspace(tenants.bv().getId(), tenants.bob());
    // a baseline list shows a page of 20 rows, and has a second page
    List<Long> harmless =
        HostileTexts.harmless(21).stream().map(text -> start(text, text)).toList();

    WebClient alice = signedIn(tenants.alice());
    WebClient bob = signedIn(tenants.bob());
    String baseline = bob.page(threadPage(tenants.bv(), harmless.get(0)));
    assertThat(baseline).as("the author's edit form").contains("save-edit");
    List<String> written = new ArrayList<>(texts.stored());
    written.addAll(texts.refused());
    for (int i = 0; i < hostile.size(); i++) {
      String shown = alice.page(threadPage(tenants.av(), hostile.get(i)));
      ActiveMarkup.assertNoneAdded("the thread of " + written.get(i), shown, baseline);
      if (i < texts.stored().size()) {
        ActiveMarkup.assertShownAsText("its title", shown, List.of(written.get(i)));
      }
    }
    ActiveMarkup.assertNoneAdded(
        "the thread list", alice.page(list(tenants.av())), bob.page(list(tenants.bv())));
    String twentyRows = ActiveMarkup.partialHtml(listPage(bob, tenants.bv(), 0));
    for (int first = 20; first < hostile.size(); first += 20) {
      ActiveMarkup.assertNoneAdded(
          "the thread list's Ajax page from " + first,
          ActiveMarkup.partialHtml(listPage(alice, tenants.av(), first)),
          twentyRows);
    }
    String activity = "app/activity.xhtml?w=";
    ActiveMarkup.assertNoneAdded(
        "the workspace's activity",
        alice.page(activity + tenants.av().getId()),
        bob.page(activity + tenants.bv().getId()));
  }

  @Test
  void categoryNamesAreInertOnTheCategoriesPageAndInTheirEditForms() throws Exception {
    HostileTexts names = inWorkspace(tenants.av(), tenants.alice(), categories::add);
    access.openWorkspace(tenants.bv().getId(), tenants.bob());
    names.writeHarmless(categories::add);
    assertThat(names.stored()).as("the names of at most 60 characters").hasSizeGreaterThan(80);

    WebClient alice = signedIn(tenants.alice());
    WebClient bob = signedIn(tenants.bob());
    ActiveMarkup.assertNoneAdded(
        "the categories page",
        alice.page("app/thread-categories.xhtml?w=" + tenants.av().getId()),
        bob.page("app/thread-categories.xhtml?w=" + tenants.bv().getId()));
    ActiveMarkup.assertNoneAdded(
        "the new thread form's categories",
        alice.page(list(tenants.av())),
        bob.page(list(tenants.bv())));
  }

  @Test
  void theNewThreadFormShowsEachRefusedPayloadBackInertlyNeverAnError() throws Exception {
    WebClient alice = signedIn(tenants.alice());
    String page = list(tenants.av());
    // no category: refused on the page, which shows the title and body typed
    String refused = start(alice, page, "0", "Plain words", "Plain words").body();
    assertThat(refused).contains("Plain words");
    for (String payload : XssPayloads.all()) {
      HttpResponse<String> shownBack = start(alice, page, "0", payload, payload);
      assertThat(shownBack.statusCode()).as(payload).isEqualTo(200);
      ActiveMarkup.assertNoneAdded("the refused form of " + payload, shownBack.body(), refused);
    }
  }

  @Test
  void privateNotesAreInertOnTheWorkspacePage() throws Exception {
    // the workspace page shows the 20 latest notes: the payloads go in 20 at a time
    access.openWorkspace(tenants.bv().getId(), tenants.bob());
    for (int i = 0; i < 20; i++) {
      notes.add("Plain words " + i);
    }
    String baseline = signedIn(tenants.bob()).page(workspacePage(tenants.bv()));
    WebClient alice = signedIn(tenants.alice());
    List<String> all = XssPayloads.all();
    for (int from = 0; from < all.size(); from += 20) {
      List<String> chunk = all.subList(from, Math.min(from + 20, all.size()));
      access.openWorkspace(tenants.av().getId(), tenants.alice());
      assertThat(HostileTexts.write(chunk, notes::add).stored()).hasSameSizeAs(chunk);
      String shown = alice.page(workspacePage(tenants.av()));
      ActiveMarkup.assertNoneAdded("the workspace page, notes from " + from, shown, baseline);
      ActiveMarkup.assertShownAsText("the workspace page", shown, chunk);
    }
  }

  private HostileTexts inWorkspace(Partnership workspace, String caller, Consumer<String> writer) {
    access.openWorkspace(workspace.getId(), caller);
    return HostileTexts.write(writer);
  }

  /** Submits the new thread form with this title and body, in this category or the first one. */
  private static HttpResponse<String> start(
      WebClient web, String page, String category, String title, String body) throws Exception {
    Map<String, String> fields = new HashMap<>();
    fields.put("start:title", title);
    fields.put("start:body", body);
    if (category != null) {
      fields.put("start:category_input", category);
    }
    return web.submitWithFiles(page, "start-thread", fields, "start:files", Map.of());
  }

  /** A thread of the open workspace with this title, the text as body and as its file's name. */
  private long start(String title, String text) {
    Upload file = new Upload(text + ".txt", "plain text".getBytes(UTF_8));
    return threads.start(new NewThread(general(), title, text, List.of(file))).getId();
  }

  private long general() {
    return categories.all().get(0).getId();
  }

  private static String threadPage(Partnership workspace, long thread) {
    return "app/thread.xhtml?w=" + workspace.getId() + "&t=" + thread;
  }

  private static String workspacePage(Partnership workspace) {
    return "app/workspace.xhtml?w=" + workspace.getId();
  }

  private static String list(Partnership workspace) {
    return "app/threads.xhtml?w=" + workspace.getId();
  }

  private static String listPage(WebClient web, Partnership workspace, int first) throws Exception {
    return LazyTables.page(
        web, list(workspace), "list:threads", first, 20, Map.of("w", workspace.getId() + ""));
  }

  private WebClient signedIn(String email) throws Exception {
    return WebClient.signedIn(base, email, ClientsAndVendor.PASSWORD);
  }
}
