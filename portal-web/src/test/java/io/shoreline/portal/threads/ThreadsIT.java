package io.shoreline.portal.threads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shoreline.portal.identity.Accounts;
import io.shoreline.portal.platform.NoSuchRecordException;
import io.shoreline.portal.platform.NotAllowedException;
import io.shoreline.portal.platform.RuleViolation;
import io.shoreline.portal.tenancy.Partnership;
import io.shoreline.portal.tenancy.WorkspaceRole;
import io.shoreline.portal.tenancy.isolation.NoSuchWorkspaceException;
import io.shoreline.portal.tenancy.isolation.TenantAccess;
import io.shoreline.portal.testing.ClientsAndVendor;
import io.shoreline.portal.testing.SqlCapture;
import io.shoreline.portal.testing.WebClient;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Threads inside the server: client A and vendor V talk in workspace A–V; client B works with V in
 * B–V. Bad input changes nothing; nothing of A–V reaches B–V; a page of posts costs the same number
 * of statements however long the thread.
 */
@ExtendWith(ArquillianExtension.class)
class ThreadsIT {

  private static final String EICAR =
      "X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*";

  @ArquillianResource URL base;

  @Inject ClientsAndVendor clientsAndVendor;
  @Inject Accounts accounts;
  @Inject TenantAccess access;
  @Inject Threads threads;
  @Inject Posts posts;
  @Inject ThreadCategories categories;
  @Inject ThreadSearch search;
  @Inject Attachments attachments;
  @Inject Notifications notifications;
  @Inject DailyDigest digest;
  @PersistenceUnit EntityManagerFactory persistenceUnit;

  private String alice; // client A, coordinator of A–V
  private String victor; // vendor V, coordinator of A–V, viewer of B–V
  private String bob; // client B, coordinator of B–V
  private Partnership av;
  private Partnership bv;

  @BeforeEach
  void clientsAAndBWithVendorV() {
    ClientsAndVendor.Fixture tenants = clientsAndVendor.create(WorkspaceRole.COORDINATOR);
    alice = tenants.alice();
    bob = tenants.bob();
    victor = tenants.victor();
    av = tenants.av();
    bv = tenants.bv();
  }

  @Test
  void aThreadWithAMentionAReplyWithAFileReceiptsAndSearch() {
    access.openWorkspace(av.getId(), alice);
    Conversation thread =
        threads.start(
            new NewThread(
                general(),
                "Refund policy for damaged parcels",
                "Hello @" + victor + ", **please** brief the agents on the new refund rule.",
                List.of()));
    assertThat(posts.page(thread.getId(), 0, 25).posts().get(0).getHtml())
        .contains("<strong>please</strong>")
        // the sanitizer writes every "@" as &#64;
        .contains("<span class=\"mention\">&#64;" + victor.replace("@", "&#64;") + "</span>");

    access.openOrganization(victor);
    assertThat(notifications.page(0, 10))
        .singleElement()
        .satisfies(n -> assertThat(n.getSubject()).isEqualTo("Refund policy for damaged parcels"));
    access.openWorkspace(av.getId(), victor);
    posts.add(
        thread.getId(), "Briefed. Slides attached.", 1, List.of(new Upload("brief.png", png())));

    access.openWorkspace(av.getId(), alice);
    PostPage page = posts.page(thread.getId(), 0, 25);
    assertThat(page.posts()).extracting(Post::getSeq).containsExactly(1, 2);
    Post reply = page.posts().get(1);
    assertThat(reply.getReplyToSeq()).isEqualTo(1);
    assertThat(page.attachmentsOf(reply))
        .singleElement()
        .satisfies(file -> assertThat(file.getContentType()).isEqualTo("image/png"));
    assertThat(page.seenBy(page.posts().get(0)))
        .extracting(seen -> seen.getAccount().getEmail())
        .containsExactly(victor);
    assertThat(threads.page(0, 10))
        .filteredOn(summary -> summary.thread().getId().equals(thread.getId()))
        .singleElement()
        .satisfies(summary -> assertThat(summary.unread()).isEqualTo(1));
    assertThat(search.page("slides", 0, 10))
        .extracting(hit -> hit.post().getSeq())
        .containsExactly(2);
    assertThat(search.page("damaged refund", 0, 10))
        .extracting(SearchHit::threadTitle)
        .containsExactly("Refund policy for damaged parcels");
  }

  @Test
  void badInputIsRefusedAndStoresNothing() throws Exception {
    access.openWorkspace(av.getId(), alice);
    Conversation thread =
        threads.start(new NewThread(general(), "Weekly figures", "First post", List.of()));
    long id = thread.getId();

    assertRefused(() -> posts.add(id, "   ", null, List.of()), "posts.empty");
    assertRefused(() -> posts.add(id, "x".repeat(1024 * 1024), null, List.of()), "posts.tooLong");
    assertRefused(() -> posts.add(id, "Ping @" + bob, null, List.of()), "posts.mentionNotMember");
    assertRefused(
        () ->
            posts.add(
                id,
                "Fine text",
                null,
                List.of(new Upload("eicar.txt", EICAR.getBytes(StandardCharsets.US_ASCII)))),
        "attachments.malware");
    assertRefused(
        () -> posts.add(id, "Fine text", null, List.of(new Upload("cat.png", windowsExecutable()))),
        "attachments.typeNotAllowed");
    byte[] tooLarge = new byte[21 * 1024 * 1024];
    Arrays.fill(tooLarge, (byte) 'a');
    assertRefused(
        () -> posts.add(id, "Fine text", null, List.of(new Upload("big.txt", tooLarge))),
        "attachments.tooLarge");
    assertRefused(
        () ->
            posts.add(
                id,
                "Two files",
                null,
                List.of(new Upload("ok.png", png()), new Upload("bad.png", windowsExecutable()))),
        "attachments.typeNotAllowed");
    assertRefused(
        () -> threads.start(new NewThread(general(), "", "body", List.of())),
        "threads.titleLength");
    assertRefused(
        () -> threads.start(new NewThread(general(), "Title", "", List.of())), "posts.empty");

    assertThat(threads.find(id).getPostCount()).isEqualTo(1);
    assertThat(posts.page(id, 0, 25).posts()).hasSize(1);
    assertThat(threads.count()).isEqualTo(1);

    Post injected =
        posts.add(
            id,
            "<script>alert(1)</script> [x](javascript:alert(2)) <img src=x onerror=alert(3)>",
            null,
            List.of());
    assertThat(injected.getHtml()).doesNotContain("<script", "href=\"javascript", "<img", "<a ");
    Conversation titled =
        threads.start(new NewThread(general(), "<script>alert('t')</script>", "body", List.of()));
    assertThat(titled.getTitle()).isEqualTo("<script>alert('t')</script>"); // escaped when shown
    String page =
        signedIn(alice).get("app/thread.xhtml?w=" + av.getId() + "&t=" + titled.getId()).body();
    assertThat(page).contains("&lt;script&gt;alert").doesNotContain("<script>alert('t')");
  }

  @Test
  void nothingOfOneWorkspaceReachesAnother() {
    access.openWorkspace(av.getId(), alice);
    Conversation secret =
        threads.start(
            new NewThread(
                general(),
                "Secret pricing",
                "Pricing for A only",
                List.of(new Upload("p.png", png()))));
    long attachmentId =
        posts
            .page(secret.getId(), 0, 1)
            .attachmentsOf(posts.page(secret.getId(), 0, 1).posts().get(0))
            .get(0)
            .getId();

    assertThatThrownBy(() -> access.openWorkspace(av.getId(), bob))
        .isInstanceOf(NoSuchWorkspaceException.class);
    access.openWorkspace(bv.getId(), victor); // V is in both, but this request is in B–V
    assertThatThrownBy(() -> threads.find(secret.getId()))
        .isInstanceOf(NoSuchRecordException.class);
    assertThatThrownBy(() -> attachments.find(attachmentId))
        .isInstanceOf(NoSuchRecordException.class);
    assertThat(posts.page(secret.getId(), 0, 25).posts()).isEmpty();
    assertThat(threads.page(0, 25)).isEmpty();
    assertThat(search.count("pricing")).isZero();
    access.openWorkspace(bv.getId(), bob);
    assertThatThrownBy(() -> posts.add(secret.getId(), "hello", null, List.of()))
        .isInstanceOf(NoSuchRecordException.class);
    assertThat(categories.all())
        .extracting(ThreadCategory::getName)
        .containsExactly("General", "Escalation", "Training", "Operations");
  }

  @Test
  void aPageOfPostsCostsTheSameStatementsForAShortAndALongThread() {
    access.openWorkspace(av.getId(), alice);
    Conversation shortOne = threads.start(new NewThread(general(), "Short", "one", List.of()));
    Conversation longOne = threads.start(new NewThread(general(), "Long", "one", List.of()));
    for (int i = 2; i <= 60; i++) {
      posts.add(longOne.getId(), "post " + i, null, List.of());
    }
    access.openWorkspace(av.getId(), victor);
    statementsToShow(shortOne.getId()); // the first read fills the caches both then use
    int shortCost = statementsToShow(shortOne.getId());
    int longCost = statementsToShow(longOne.getId());
    System.out.printf(
        "ThreadsIT: a thread page issues %d SQL statements (1 post: %d)%n", longCost, shortCost);
    assertThat(longCost).isEqualTo(shortCost).isLessThanOrEqualTo(6);
  }

  @Test
  void coordinatorsEditTheCategoriesAndACategoryInUseStays() {
    access.openWorkspace(av.getId(), alice);
    ThreadCategory quality = categories.add("Quality");
    assertRefused(() -> categories.add("quality"), "categories.taken");
    assertRefused(() -> categories.add(" "), "categories.nameLength");
    categories.rename(quality.getId(), quality.getVersion(), "Quality assurance");
    threads.start(new NewThread(general(), "Filed under General", "text", List.of()));
    ThreadCategory generalNow = categories.find(general());
    assertRefused(
        () -> categories.remove(generalNow.getId(), generalNow.getVersion()), "categories.inUse");
    ThreadCategory renamed = categories.find(quality.getId());
    categories.remove(renamed.getId(), renamed.getVersion());
    assertThat(categories.all())
        .extracting(ThreadCategory::getName)
        .containsExactly("General", "Escalation", "Training", "Operations");

    access.openWorkspace(bv.getId(), victor); // a viewer there
    assertThatThrownBy(() -> categories.add("Viewers may not"))
        .isInstanceOf(NotAllowedException.class);
  }

  @Test
  void theDailyDigestTakesEachUnreadNotificationOnce() {
    access.openWorkspace(av.getId(), alice);
    threads.start(new NewThread(general(), "Digest me", "For @" + victor, List.of()));
    accounts.changeDailyDigest(victor, true);

    digest.sendAll();

    access.openOrganization(victor);
    assertThat(notifications.unread()).isEqualTo(1); // still unread in the portal
    assertThat(notifications.takeUndigested()).isEmpty(); // but mailed once already
  }

  @Test
  void theApiListsReadsAndWritesForMembersOnly() throws Exception {
    access.openWorkspace(av.getId(), alice);
    Conversation thread =
        threads.start(new NewThread(general(), "Holiday rota", "Who covers the 24th?", List.of()));
    String threadsUrl = "api/v1/workspaces/" + av.getId() + "/threads";
    String postsUrl = threadsUrl + "/" + thread.getId() + "/posts";
    WebClient victorsApi = signedIn(victor);

    assertThat(victorsApi.get(threadsUrl).body())
        .contains("\"title\":\"Holiday rota\"", "\"unread\":1", "\"total\":1");
    HttpResponse<String> written =
        victorsApi.send(
            "POST", postsUrl, "application/json", "{\"markdown\":\"We do, *all day*.\"}");
    assertThat(written.statusCode()).isEqualTo(201);
    assertThat(written.headers().firstValue("Location"))
        .hasValueSatisfying(location -> assertThat(location).endsWith("/posts?seq=2"));
    assertThat(victorsApi.get(postsUrl).body())
        .contains("\"seq\":2", "<em>all day</em>", "\"total\":2");

    HttpResponse<String> empty =
        victorsApi.send("POST", postsUrl, "application/json", "{\"markdown\":\"  \"}");
    assertThat(empty.statusCode()).isEqualTo(400);
    assertThat(empty.body()).contains("Write something before sending.");
    assertThat(victorsApi.send("POST", postsUrl, "text/plain", "hello").statusCode())
        .isEqualTo(415);
    assertThat(victorsApi.get(threadsUrl + "?size=1000").statusCode()).isEqualTo(400);
    assertThat(new WebClient(base).get(threadsUrl).statusCode()).isEqualTo(401);
    assertThat(signedIn(bob).get(threadsUrl).statusCode()).isEqualTo(404);
    assertThat(threads.find(thread.getId()).getPostCount()).isEqualTo(2);
  }

  private WebClient signedIn(String email) throws Exception {
    return WebClient.signedIn(base, email, ClientsAndVendor.PASSWORD);
  }

  private int statementsToShow(long threadId) {
    try (SqlCapture sql = SqlCapture.start(persistenceUnit)) {
      Conversation thread = threads.find(threadId);
      int last = Math.max(0, (thread.getPostCount() - 1) / 25);
      posts.page(threadId, last * 25, 25);
      return sql.statements().size();
    }
  }

  private long general() {
    return categories.all().get(0).getId();
  }

  private static void assertRefused(Runnable action, String key) {
    assertThatThrownBy(action::run)
        .isInstanceOf(RuleViolation.class)
        .satisfies(e -> assertThat(((RuleViolation) e).key()).isEqualTo(key));
  }

  private static byte[] png() {
    BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
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
