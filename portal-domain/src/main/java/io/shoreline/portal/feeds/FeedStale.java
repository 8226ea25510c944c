package io.shoreline.portal.feeds;

import java.time.Instant;
import java.util.List;

/** A feed missed a deadline; these accounts (its side's coordinators) are mailed once committed. */
public record FeedStale(
    long workspaceId,
    String workspaceName,
    String feedName,
    Instant deadline,
    String timeZone,
    List<Long> coordinatorIds) {}
