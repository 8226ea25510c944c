package io.shoreline.portal.threads;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.MatchResult;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

/** Replaces the mentions of known people in a parsed post by {@link MentionNode}s. */
final class KnownMentions {

  private final Map<String, String> displayNameByEmail;

  /** Keys are normalized e-mail addresses. */
  KnownMentions(Map<String, String> displayNameByEmail) {
    this.displayNameByEmail = displayNameByEmail;
  }

  void replaceIn(Node document) {
    // collected first: splitting a text node while the visitor walks it would lose its siblings
    List<Text> texts = new ArrayList<>();
    document.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Text text) {
            texts.add(text);
          }
        });
    texts.forEach(this::split);
  }

  private void split(Text text) {
    String literal = text.getLiteral();
    List<MatchResult> known =
        Mentions.in(literal)
            .filter(mention -> displayNameByEmail.containsKey(Mentions.email(mention)))
            .toList();
    if (known.isEmpty()) {
      return;
    }
    int done = 0;
    for (MatchResult mention : known) {
      insertText(text, literal.substring(done, mention.start()));
      text.insertBefore(new MentionNode(displayNameByEmail.get(Mentions.email(mention))));
      done = mention.end();
    }
    insertText(text, literal.substring(done));
    text.unlink();
  }

  private static void insertText(Text before, String literal) {
    if (!literal.isEmpty()) {
      before.insertBefore(new Text(literal));
    }
  }
}
