package io.shoreline.portal.web.isolation;

import static io.shoreline.portal.testing.DemoLogins.ATLAS_ADMIN;

import io.shoreline.portal.apitokens.ApiToken;
import io.shoreline.portal.apitokens.ApiTokens;
import io.shoreline.portal.apitokens.CreatedToken;
import io.shoreline.portal.apitokens.NewToken;
import io.shoreline.portal.feeds.ColumnType;
import io.shoreline.portal.feeds.Feed;
import io.shoreline.portal.feeds.FeedColumn;
import io.shoreline.portal.feeds.FeedColumns;
import io.shoreline.portal.feeds.FeedDefinition;
import io.shoreline.portal.feeds.FeedDirection;
import io.shoreline.portal.feeds.Feeds;
import io.shoreline.portal.tenancy.isolation.TenantAccess;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A KPI feed in each of the two workspaces (published by Atlas) and API tokens of both: each
 * client's own token (so that its admin is offered "revoke"), and a write token of Atlas in each
 * workspace, whose secret is known for this request only. Made through the services as their
 * owners; the feeds once, the tokens anew each time (a secret is shown once).
 */
@RequestScoped
public class ApiVictims {

  static final String FEED = "Adversarial KPIs";

  @Inject TenantAccess access;
  @Inject Feeds feeds;
  @Inject ApiTokens tokens;

  /**
   * "{prefix}TokenFeed", "{prefix}Token" (+Version) of the client's side, "{prefix}AtlasSecret".
   */
  void tokensOf(String prefix, long workspace, String clientAdmin, Map<String, String> ids) {
    access.openWorkspace(workspace, ATLAS_ADMIN);
    long feed = kpiFeed();
    ids.put(prefix + "TokenFeed", feed + "");
    // it may record feedback too: the feedback routes refuse it for the other workspace as well
    ids.put(prefix + "AtlasSecret", token("atlas", feed, true).secret());
    access.openWorkspace(workspace, clientAdmin);
    ApiToken client = token(prefix + "-client", feed, false).token();
    ids.put(prefix + "Token", client.getId() + "");
    ids.put(prefix + "TokenVersion", client.getVersion() + "");
  }

  private long kpiFeed() {
    Optional<Feed> existing =
        feeds.page(0, 100).stream().filter(feed -> feed.getName().equals(FEED)).findFirst();
    return existing
        .orElseGet(
            () ->
                feeds.create(
                    new FeedDefinition(
                        FEED,
                        "What the adversarial suite attacks",
                        FeedDirection.VENDOR_TO_CLIENT,
                        FeedColumns.of(
                            List.of(
                                FeedColumn.of("date", ColumnType.DATE, true, true),
                                FeedColumn.of("queue", ColumnType.TEXT, true, true),
                                FeedColumn.of("offered", ColumnType.INTEGER, false, true))),
                        Optional.empty())))
        .getId();
  }

  /** A write token is Atlas's, which may record customer feedback too. */
  private CreatedToken token(String name, long feed, boolean write) {
    return tokens.create(
        new NewToken(
            "adversarial " + name + " " + System.nanoTime(),
            List.of(new NewToken.Grant(feed, true, write)),
            write));
  }
}
