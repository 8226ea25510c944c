package io.shoreline.portal.web.threads;

import java.io.Serializable;

/**
 * What one node tells the others of a committed post, for their websockets. A type of its own: an
 * observer of the domain's event would otherwise also observe this one and send it on and on.
 */
public record PostNotice(long workspaceId, long threadId, int seq) implements Serializable {}
