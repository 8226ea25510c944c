package io.shoreline.portal.web.corpora;

import io.shoreline.portal.apitokens.ApiTokens;
import io.shoreline.portal.apitokens.NewToken;
import io.shoreline.portal.feeds.ColumnType;
import io.shoreline.portal.feeds.FeedColumn;
import io.shoreline.portal.feeds.FeedColumns;
import io.shoreline.portal.feeds.FeedDefinition;
import io.shoreline.portal.feeds.FeedDirection;
import io.shoreline.portal.feeds.Feeds;
import io.shoreline.portal.tenancy.WorkspaceRole;
import io.shoreline.portal.tenancy.isolation.TenantAccess;
import io.shoreline.portal.testing.ClientsAndVendor;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Fresh partners for a corpus run: in their workspace, vendor V's coordinator makes one KPI feed
 * per input (so that what each input stored is counted exactly, on a feed of its own) and one API
 * token that writes and reads them all. Alice, the client's coordinator, may read and export them.
 */
@RequestScoped
public class CorpusFeeds {

  /** The header every corpus file is written for: date and queue are the key. */
  public static final String HEADER = "date,queue,offered,service_level";

  @Inject ClientsAndVendor clientsAndVendor;
  @Inject TenantAccess access;
  @Inject Feeds feeds;
  @Inject ApiTokens tokens;

  /** What a corpus test gets: the workspace, its feeds in order, the token, the readers. */
  public record Made(long workspace, List<Long> feeds, String writer, String alice, String victor) {

    public String rows(int feed) {
      return "api/v1/workspaces/" + workspace + "/feeds/" + feeds.get(feed) + "/rows";
    }
  }

  public Made make(int count) {
    ClientsAndVendor.Fixture partners = clientsAndVendor.create(WorkspaceRole.COORDINATOR);
    long workspace = partners.av().getId();
    access.openWorkspace(workspace, partners.victor());
    List<Long> made = new ArrayList<>();
    List<NewToken.Grant> grants = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      long feed = feeds.create(definition("Corpus input " + i)).getId();
      made.add(feed);
      grants.add(new NewToken.Grant(feed, true, true));
    }
    String writer = tokens.create(new NewToken("corpus " + System.nanoTime(), grants)).secret();
    return new Made(workspace, made, writer, partners.alice(), partners.victor());
  }

  private static FeedDefinition definition(String name) {
    return new FeedDefinition(
        name,
        "Hostile inputs",
        FeedDirection.VENDOR_TO_CLIENT,
        FeedColumns.of(
            List.of(
                FeedColumn.of("date", ColumnType.DATE, true, true),
                FeedColumn.of("queue", ColumnType.TEXT, true, true),
                FeedColumn.of("offered", ColumnType.INTEGER, false, true),
                FeedColumn.of("service_level", ColumnType.DECIMAL, false, false))),
        Optional.empty());
  }
}
