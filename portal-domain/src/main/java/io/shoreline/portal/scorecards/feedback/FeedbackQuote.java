package io.shoreline.portal.scorecards.feedback;

import java.util.stream.Collectors;

/**
 * The first post of a thread made from a feedback item: the verbatim quoted, what the item says, a
 * link back to it, then the client's note. The post is sanitised like any other.
 */
final class FeedbackQuote {

  private FeedbackQuote() {}

  static String title(FeedbackItem item) {
    return "Customer feedback: " + item.getTopic();
  }

  static String markdown(FeedbackItem item, long workspaceId, String note) {
    StringBuilder post = new StringBuilder();
    if (!item.getVerbatim().isEmpty()) {
      post.append(
              item.getVerbatim().lines().map(line -> "> " + line).collect(Collectors.joining("\n")))
          .append("\n\n");
    }
    post.append("Received on ")
        .append(item.getReceivedOn())
        .append(" by ")
        .append(item.getChannel().name().toLowerCase(java.util.Locale.ROOT))
        .append(" · topic: ")
        .append(item.getTopic())
        .append(" · sentiment: ")
        .append(item.getSentiment().name().toLowerCase(java.util.Locale.ROOT))
        .append(item.isDelighted() ? " · delighted" : " · not delighted")
        .append("\n\n[The feedback item](/app/feedback-item.xhtml?w=")
        .append(workspaceId)
        .append("&id=")
        .append(item.getId())
        .append(")");
    if (note != null && !note.isBlank()) {
      post.append("\n\n").append(note.strip());
    }
    return post.toString();
  }
}
