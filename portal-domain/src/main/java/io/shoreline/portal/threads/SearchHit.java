package io.shoreline.portal.threads;

/** A post that matched a search, with its thread's title. */
public record SearchHit(Post post, String threadTitle) {

  // Faces 4.0's EL reads bean getters, not record components
  public Post getPost() {
    return post;
  }

  public String getThreadTitle() {
    return threadTitle;
  }
}
