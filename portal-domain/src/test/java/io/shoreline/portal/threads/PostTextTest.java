package io.shoreline.portal.threads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.shoreline.portal.platform.RuleViolation;
import org.junit.jupiter.api.Test;

/** A post's text checks that need no database (texts without mentions). */
class PostTextTest {

  private final PostText text = new PostText();

  @Test
  void refusesControlCharactersAndLoneSurrogates() {
    for (String hostile :
        new String[] {"a\u0000b", "\u001b[31mred", "half \ud800 pair", "\uffff"}) {
      RuleViolation refusal = catchThrowableOfType(RuleViolation.class, () -> text.render(hostile));

      assertThat(refusal).as(hostile).isNotNull();
      assertThat(refusal.key()).as(hostile).isEqualTo("posts.control");
    }
  }

  @Test
  void keepsTabsLineBreaksAndWholeSurrogatePairs() {
    RenderedText rendered = text.render("a\tb\r\nc \uD83D\uDE00");

    assertThat(rendered.markdown()).isEqualTo("a\tb\r\nc \uD83D\uDE00");
  }
}
