package io.shoreline.portal.apitokens;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** What a token may do with one feed of its workspace. */
@Embeddable
public class TokenScope {

  @Column(name = "workspace_id")
  private long workspaceId;

  @Column(name = "feed_id")
  private long feedId;

  @Column(name = "can_read")
  private boolean read;

  @Column(name = "can_write")
  private boolean write;

  protected TokenScope() {}

  TokenScope(long workspaceId, long feedId, boolean read, boolean write) {
    this.workspaceId = workspaceId;
    this.feedId = feedId;
    this.read = read;
    this.write = write;
  }

  public long getFeedId() {
    return feedId;
  }

  public boolean isRead() {
    return read;
  }

  public boolean isWrite() {
    return write;
  }

  @Override
  public String toString() {
    return "feed " + feedId + (read ? " read" : "") + (write ? " write" : "");
  }
}
