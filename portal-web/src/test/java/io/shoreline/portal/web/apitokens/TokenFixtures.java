package io.shoreline.portal.web.apitokens;

import static io.shoreline.portal.testing.DemoLogins.ATLAS_ADMIN;
import static io.shoreline.portal.testing.DemoLogins.NORTHWIND_ADMIN;

import io.shoreline.portal.apitokens.ApiToken;
import io.shoreline.portal.apitokens.ApiTokens;
import io.shoreline.portal.apitokens.CreatedToken;
import io.shoreline.portal.apitokens.NewToken;
import io.shoreline.portal.feeds.ColumnType;
import io.shoreline.portal.feeds.FeedColumn;
import io.shoreline.portal.feeds.FeedColumns;
import io.shoreline.portal.feeds.FeedDefinition;
import io.shoreline.portal.feeds.FeedDirection;
import io.shoreline.portal.feeds.Feeds;
import io.shoreline.portal.tenancy.Partnership;
import io.shoreline.portal.tenancy.Partnerships;
import io.shoreline.portal.tenancy.WorkspaceRole;
import io.shoreline.portal.tenancy.isolation.TenantAccess;
import io.shoreline.portal.testing.ClientsAndVendor;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * Fresh fixtures for one API test, made through the services as their owners: a KPI feed Atlas
 * publishes in Northwind–Atlas, and tokens of both sides with different scopes; a feed and token in
 * Contoso–Atlas too; on request, fresh partners with a workspace of their own.
 */
@RequestScoped
public class TokenFixtures {

  @Inject TenantAccess access;
  @Inject Partnerships partnerships;
  @Inject Feeds feeds;
  @Inject ApiTokens tokens;
  @Inject ClientsAndVendor clientsAndVendor;

  /** What a test gets: ids and the secrets, known this once. */
  public record Made(
      long northwind,
      long contoso,
      long feed,
      long otherFeed,
      long contosoFeed,
      String writer,
      long writerId,
      String reader,
      String clientReader,
      String otherFeedOnly,
      String contosoWriter) {}

  public Made make() {
    access.openOrganization(ATLAS_ADMIN);
    long northwind = workspace("Northwind");
    long contoso = workspace("Contoso");
    access.openWorkspace(northwind, ATLAS_ADMIN);
    long feed = kpiFeed("API KPIs " + System.nanoTime());
    long otherFeed = kpiFeed("Other KPIs " + System.nanoTime());
    CreatedToken writer = token("writer", feed, true, true);
    CreatedToken reader = token("reader", feed, true, false);
    CreatedToken otherOnly = token("other feed only", otherFeed, true, true);
    access.openWorkspace(northwind, NORTHWIND_ADMIN);
    CreatedToken clientReader = token("client reader", feed, true, false);
    access.openWorkspace(contoso, ATLAS_ADMIN);
    long contosoFeed = kpiFeed("Contoso KPIs " + System.nanoTime());
    CreatedToken contosoWriter = token("contoso writer", contosoFeed, true, true);
    return new Made(
        northwind,
        contoso,
        feed,
        otherFeed,
        contosoFeed,
        writer.secret(),
        writer.token().getId(),
        reader.secret(),
        clientReader.secret(),
        otherOnly.secret(),
        contosoWriter.secret());
  }

  /** A workspace of its own: its KPI feed, a token that writes it, and the client's admin. */
  public record Own(long workspace, long feed, String writer, String clientAdmin) {}

  /**
   * Fresh partners (client A and vendor V, {@link ClientsAndVendor}) whose workspace a test may
   * suspend without touching the demo's: V's coordinator makes a KPI feed and a write token.
   */
  public Own ownWorkspace() {
    ClientsAndVendor.Fixture partners = clientsAndVendor.create(WorkspaceRole.COORDINATOR);
    long workspace = partners.av().getId();
    access.openWorkspace(workspace, partners.victor());
    long feed = kpiFeed("Own KPIs " + System.nanoTime());
    CreatedToken writer = token("own writer", feed, true, true);
    return new Own(workspace, feed, writer.secret(), partners.alice());
  }

  /**
   * Tokens of a new workspace for the feedback API: the vendor's that records feedback, the
   * vendor's that only writes a feed, and the client's that reads it; and in a second new
   * workspace, its vendor's feedback token. Alice is the first workspace's client coordinator.
   */
  public record FeedbackTokens(
      long workspace,
      String recorder,
      String feedOnly,
      String client,
      String alice,
      long otherWorkspace,
      String otherRecorder) {}

  public FeedbackTokens feedbackTokens() {
    ClientsAndVendor.Fixture partners = clientsAndVendor.create(WorkspaceRole.COORDINATOR);
    long workspace = partners.av().getId();
    access.openWorkspace(workspace, partners.victor());
    long feed = kpiFeed("Feedback workspace KPIs " + System.nanoTime());
    String recorder = feedbackToken("recorder").secret();
    String feedOnly = token("feed only", feed, true, true).secret();
    access.openWorkspace(workspace, partners.alice());
    String client = token("client", feed, true, false).secret();
    ClientsAndVendor.Fixture others = clientsAndVendor.create(WorkspaceRole.COORDINATOR);
    access.openWorkspace(others.av().getId(), others.victor());
    String otherRecorder = feedbackToken("other recorder").secret();
    return new FeedbackTokens(
        workspace,
        recorder,
        feedOnly,
        client,
        partners.alice(),
        others.av().getId(),
        otherRecorder);
  }

  private CreatedToken feedbackToken(String name) {
    return tokens.create(new NewToken(name + " " + System.nanoTime(), List.of(), true));
  }

  /** The client's admin suspends the workspace: read-only for both sides until resumed. */
  public void suspend(Own own) {
    access.openOrganization(own.clientAdmin());
    Partnership workspace =
        partnerships.ofOwnOrganization().stream()
            .filter(partnership -> partnership.getId() == own.workspace())
            .findFirst()
            .orElseThrow();
    partnerships.suspend(workspace.getId(), workspace.getVersion());
  }

  /** Revokes a token of Atlas in Northwind–Atlas, as its coordinator. */
  public void revoke(Made made, long tokenId) {
    access.openWorkspace(made.northwind(), ATLAS_ADMIN);
    ApiToken token =
        tokens.page(0, 1000).stream().filter(t -> t.getId() == tokenId).findFirst().orElseThrow();
    tokens.revoke(tokenId, token.getVersion());
  }

  /** Atlas's tokens in Northwind–Atlas as their list shows them. */
  public List<ApiToken> atlasTokens(Made made) {
    access.openWorkspace(made.northwind(), ATLAS_ADMIN);
    return tokens.page(0, 1000);
  }

  private long workspace(String client) {
    return partnerships.ofOwnOrganization().stream()
        .filter(partnership -> partnership.getName().startsWith(client))
        .map(Partnership::getId)
        .findFirst()
        .orElseThrow();
  }

  private long kpiFeed(String name) {
    return feeds
        .create(
            new FeedDefinition(
                name,
                "Daily contact-centre figures",
                FeedDirection.VENDOR_TO_CLIENT,
                FeedColumns.of(
                    List.of(
                        FeedColumn.of("date", ColumnType.DATE, true, true),
                        FeedColumn.of("queue", ColumnType.TEXT, true, true),
                        FeedColumn.of("offered", ColumnType.INTEGER, false, true),
                        FeedColumn.of("service_level", ColumnType.DECIMAL, false, false))),
                Optional.empty()))
        .getId();
  }

  private CreatedToken token(String name, long feed, boolean read, boolean write) {
    return tokens.create(
        new NewToken(
            name + " " + System.nanoTime(), List.of(new NewToken.Grant(feed, read, write))));
  }
}
