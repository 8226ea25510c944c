package io.shoreline.portal.web.isolation;

import static java.nio.charset.StandardCharsets.UTF_8;

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
import io.shoreline.portal.tenancy.isolation.TenantAccess;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A client→vendor feed of one workspace with two versions, made once through the services as its
 * client admin (a coordinator of the publishing side, so that their pages offer upload, edit and
 * save). Its id and version go into the map under the given prefix ("ownFeed", "otherFeed").
 */
@RequestScoped
public class FeedVictims {

  static final String NAME = "Adversarial: store hours";

  @Inject TenantAccess access;
  @Inject Feeds feeds;
  @Inject FeedSubmissions submissions;

  void feedsOf(String prefix, long workspace, String clientAdmin, Map<String, String> ids) {
    access.openWorkspace(workspace, clientAdmin);
    Feed feed =
        feeds.page(0, 100).stream()
            .filter(candidate -> candidate.getName().equals(NAME))
            .findFirst()
            .orElseGet(this::storeHours);
    ids.put(prefix + "Feed", feed.getId() + "");
    ids.put(prefix + "FeedVersion", feeds.find(feed.getId()).getVersion() + "");
  }

  private Feed storeHours() {
    Feed feed =
        feeds.create(
            new FeedDefinition(
                NAME,
                "Only this workspace's members read this.",
                FeedDirection.CLIENT_TO_VENDOR,
                FeedColumns.of(
                    List.of(
                        FeedColumn.of("store", ColumnType.TEXT, true, true),
                        FeedColumn.of("opens", ColumnType.TEXT, false, true))),
                Optional.empty()));
    submit(feed, "store,opens\nLyon,09:00\nLille,08:30\n");
    submit(feed, "store,opens\nLyon,09:30\nNantes,10:00\n");
    return feed;
  }

  private void submit(Feed feed, String csv) {
    submissions.submit(
        feed.getId(),
        new Submission(
            new ByteArrayInputStream(csv.getBytes(UTF_8)),
            IngestFormat.CSV,
            IngestMode.SNAPSHOT,
            null));
  }
}
