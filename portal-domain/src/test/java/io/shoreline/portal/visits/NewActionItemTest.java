package io.shoreline.portal.visits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shoreline.portal.platform.RuleViolation;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class NewActionItemTest {

  private static final LocalDate DUE = LocalDate.of(2026, 7, 1);

  @Test
  void stripsTheTitleAndMayComeFromNoFinding() {
    NewActionItem item = new NewActionItem(null, "  Coach the night shift ", 9, DUE).validated();

    assertThat(item.title()).isEqualTo("Coach the night shift");
    assertThat(item.findingId()).isNull();
    assertThat(item.ownerId()).isEqualTo(9);
    assertThat(new NewActionItem(3L, null, 9, DUE).title()).isEmpty();
  }

  @Test
  void needsATitleOfAtMost200Characters() {
    assertRefused(new NewActionItem(null, "", 9, DUE), "actions.titleRequired");
    assertRefused(new NewActionItem(null, "   ", 9, DUE), "actions.titleRequired");
    assertRefused(new NewActionItem(null, null, 9, DUE), "actions.titleRequired");
    assertThat(new NewActionItem(null, "x".repeat(200), 9, DUE).validated()).isNotNull();
    assertThatThrownBy(() -> new NewActionItem(null, "x".repeat(201), 9, DUE).validated())
        .hasMessage("actions.titleTooLong")
        .satisfies(e -> assertThat(((RuleViolation) e).arguments()).containsExactly(200));
  }

  @Test
  void needsADueDate() {
    assertRefused(new NewActionItem(1L, "Fix the headsets", 9, null), "actions.dueRequired");
  }

  private static void assertRefused(NewActionItem item, String key) {
    assertThatThrownBy(item::validated)
        .isInstanceOf(RuleViolation.class)
        .satisfies(e -> assertThat(((RuleViolation) e).key()).isEqualTo(key));
  }
}
