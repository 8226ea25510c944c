package io.shoreline.portal.threads;

/** A thread in a list, with how many of its posts the viewer has not seen. */
public record ThreadSummary(Conversation thread, int unread) {

  // Faces 4.0's EL reads bean getters, not record components
  public Conversation getThread() {
    return thread;
  }

  public int getUnread() {
    return unread;
  }
}
