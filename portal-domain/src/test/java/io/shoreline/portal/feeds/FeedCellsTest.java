package io.shoreline.portal.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class FeedCellsTest {

  @Test
  void cellsSurviveTheRoundTripWhateverTheyHold() {
    String[] cells = {"a\\u", "b\u001Fc", null, "", "d,\"e\"\n"};

    String stored = FeedCells.join(cells);

    assertThat(FeedCells.split(stored)).containsExactly("a\\u", "b\u001Fc", "", "", "d,\"e\"\n");
  }

  @Test
  void aKeyIgnoresTheSpacesAroundItsCells() {
    int[] keyColumns = {0, 1};

    assertThat(FeedCells.key(new String[] {"2026-03-01", "Billing ", "12"}, keyColumns))
        .isEqualTo(FeedCells.key(new String[] {"2026-03-01", " Billing", "13"}, keyColumns))
        .isEqualTo(FeedCells.join(new String[] {"2026-03-01", "Billing"}));
    assertThat(FeedCells.key(new String[] {"2026-03-01", "Bill ing", "1"}, keyColumns))
        .isNotEqualTo(FeedCells.key(new String[] {"2026-03-01", "Billing", "1"}, keyColumns));
  }

  @Test
  void aPatternAddressesOneCellOnly() {
    String stored = FeedCells.join(new String[] {"Paris", "Lyon (3)", "x.y"});

    assertThat(matches(FeedCells.cellPattern(1, "Lyon (3)", false), stored)).isTrue();
    assertThat(matches(FeedCells.cellPattern(0, "Lyon (3)", false), stored)).isFalse();
    assertThat(matches(FeedCells.cellPattern(1, "lyon", true), stored)).isTrue();
    assertThat(matches(FeedCells.cellPattern(2, "x.y", false), stored)).isTrue();
    assertThat(matches(FeedCells.cellPattern(2, "xzy", false), stored)).isFalse();
    assertThat(matches(FeedCells.cellPattern(0, "Par", false), stored)).isFalse();
  }

  @Test
  void exportedTextCannotRunAsAFormula() {
    assertThat(
            List.of("=1+2", "+1", "-SUM(A1)", "@cmd", "\tx", "\rx", "plain", "").stream()
                .map(FeedCsv::formulaSafe))
        .containsExactly("'=1+2", "'+1", "'-SUM(A1)", "'@cmd", "'\tx", "'\rx", "plain", "");
  }

  @Test
  void columnDefinitionsSurviveStorage() {
    FeedColumns columns = KpiColumns.kpis();

    assertThat(FeedColumns.fromJson(columns.toJson())).isEqualTo(columns);
  }

  private static boolean matches(String pattern, String text) {
    return Pattern.compile(pattern).matcher(text).find();
  }
}
