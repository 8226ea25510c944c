package io.shoreline.portal.threads;

import java.util.Map;
import java.util.Set;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/** Renders mentions as a name, and images as their alt text: a post never loads a remote image. */
final class PostNodeRenderer implements NodeRenderer {

  private final HtmlNodeRendererContext context;

  PostNodeRenderer(HtmlNodeRendererContext context) {
    this.context = context;
  }

  @Override
  public Set<Class<? extends Node>> getNodeTypes() {
    return Set.of(MentionNode.class, Image.class);
  }

  @Override
  public void render(Node node) {
    if (node instanceof MentionNode mention) {
      HtmlWriter html = context.getWriter();
      html.tag("span", Map.of("class", "mention"));
      html.text("@" + mention.displayName()); // escaped: a display name is user input
      html.tag("/span");
    } else {
      for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
        context.render(child);
      }
    }
  }
}
