package io.shoreline.portal.threads;

import java.io.Serializable;
import java.util.List;

/**
 * A post was added (fired in its transaction; observers that act outside the database wait for the
 * commit). Serializable: it crosses cluster nodes for live updates.
 */
public record PostAdded(
    long workspaceId,
    String workspaceName,
    long threadId,
    int seq,
    long authorId,
    String authorName,
    String threadTitle,
    List<Long> mentionedAccountIds)
    implements Serializable {}
