package io.shoreline.portal.web.threads;

import fish.payara.micro.cdi.Inbound;
import fish.payara.micro.cdi.Outbound;
import io.shoreline.portal.tenancy.Memberships;
import io.shoreline.portal.threads.PostAdded;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Live updates: once a post is committed, every member of its workspace who has a page open gets a
 * message on its live-update socket (LiveSockets: workspace, thread and post number, nothing more:
 * the page then asks for the posts, as its reader). Websockets belong to one node, so the post also
 * goes to the other cluster nodes as a clustered CDI event, and each node pushes to its own
 * sockets.
 */
@ApplicationScoped
public class LivePosts {

  private static final Logger LOG = Logger.getLogger(LivePosts.class.getName());

  @Inject Memberships memberships;

  @Inject @Outbound Event<PostNotice> toOtherNodes;

  void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) PostAdded post) {
    PostNotice notice = new PostNotice(post.workspaceId(), post.threadId(), post.seq());
    push(notice);
    try {
      toOtherNodes.fire(notice);
    } catch (RuntimeException e) {
      // a single node without the data grid (PORTAL_CLUSTER_MODE=off) has no other nodes
      LOG.log(Level.FINE, "Post not sent to other nodes", e);
    }
  }

  void fromOtherNode(@Observes @Inbound PostNotice notice) {
    push(notice);
  }

  private void push(PostNotice post) {
    Set<String> members =
        memberships.ofWorkspace(post.workspaceId()).stream()
            .map(membership -> membership.getAccount().getEmail())
            .collect(Collectors.toSet());
    LiveSockets.send(
        members,
        Json.createObjectBuilder()
            .add("workspace", post.workspaceId())
            .add("thread", post.threadId())
            .add("seq", post.seq())
            .build()
            .toString());
  }
}
