package io.shoreline.portal.web.threads;

import io.shoreline.portal.threads.Post;
import io.shoreline.portal.threads.PostRevision;
import io.shoreline.portal.threads.Posts;
import io.shoreline.portal.web.platform.Ids;
import io.shoreline.portal.web.platform.Outcomes;
import io.shoreline.portal.web.platform.Tenants;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Backing bean of app/post-history.xhtml?w=ID&id=ID: a post's current and earlier texts. */
@Named
@RequestScoped
public class PostHistory {

  @Inject Tenants tenants;
  @Inject Posts posts;
  @Inject Outcomes outcomes;

  private String id;
  private Post post;
  private List<PostRevision> revisions;

  public void open() {
    getPost();
  }

  public Post getPost() {
    if (post == null) {
      post =
          outcomes
              .attempt(
                  () -> {
                    tenants.workspace();
                    long postId = Ids.parse(id, "post");
                    revisions = posts.revisions(postId);
                    return posts.find(postId);
                  })
              .orElse(null);
    }
    return post;
  }

  public List<PostRevision> getRevisions() {
    getPost();
    return revisions == null ? List.of() : revisions;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }
}
