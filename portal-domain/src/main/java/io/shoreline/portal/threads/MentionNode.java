package io.shoreline.portal.threads;

import org.commonmark.node.CustomNode;

/** A mention of someone the post's readers know, shown by name rather than by address. */
final class MentionNode extends CustomNode {

  private final String displayName;

  MentionNode(String displayName) {
    this.displayName = displayName;
  }

  String displayName() {
    return displayName;
  }
}
