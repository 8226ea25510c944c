package io.shoreline.portal.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class KeyRangeTest {

  private static final String S = String.valueOf(FeedCells.SEPARATOR);

  @Test
  void keysBeyondTheGreatestStoredOneNeedNoLookup() {
    KeyRange range = new KeyRange("2026-03-01" + S + "Sales");

    assertThat(range.allBeyond(List.of("2026-03-02" + S + "Billing", "2026-03-02" + S + "Sales")))
        .isTrue();
    assertThat(range.allBeyond(List.of("2026-03-02" + S + "Billing", "2026-03-01" + S + "Sales")))
        .isFalse();
    assertThat(new KeyRange(null).allBeyond(List.of("a", "b"))).isTrue();
  }

  @Test
  void aKeyWrittenEarlierInTheSubmissionIsLookedUpAgain() {
    KeyRange range = new KeyRange(null);
    range.written(List.of("2026-03-01" + S + "Billing", "2026-03-05" + S + "Sales"));

    assertThat(range.allBeyond(List.of("2026-03-05" + S + "Sales"))).isFalse();
    assertThat(range.allBeyond(List.of("2026-03-04" + S + "Other"))).isFalse();
    assertThat(range.allBeyond(List.of("2026-03-06" + S + "Billing"))).isTrue();
  }

  @Test
  void keysWhoseOrderDiffersBetweenJavaAndTheDatabaseAreAlwaysLookedUp() {
    KeyRange range = new KeyRange("a");

    assertThat(range.allBeyond(List.of("b "))).as("trailing space: PAD SPACE").isFalse();
    assertThat(range.allBeyond(List.of("b\tc"))).as("below a space").isFalse();
    assertThat(range.allBeyond(List.of("b\uD83D\uDE00"))).as("beyond U+D7FF").isFalse();
    assertThat(new KeyRange("a\uE000").allBeyond(List.of("b"))).isFalse();
    assertThat(range.allBeyond(List.of(""))).isFalse();
  }
}
