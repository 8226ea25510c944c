package io.shoreline.portal.visits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The JPQL conditions a filter adds to the action list; only fixed text, values are bound. */
class ActionFilterTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 7, 1);

  @Test
  void noFilterAddsNothing() {
    assertThat(new ActionFilter(false, false, null).where()).isEmpty();
  }

  @Test
  void eachChoiceAddsItsCondition() {
    assertThat(new ActionFilter(true, false, null).where())
        .isEqualTo(" AND a.status IN :openStates");
    assertThat(new ActionFilter(false, true, null).where()).isEqualTo(" AND a.ownerId = :me");
    assertThat(new ActionFilter(false, false, TODAY).where())
        .isEqualTo(" AND a.dueOn < :dueBefore");
  }

  @Test
  void allChoicesTogetherAddAllConditions() {
    assertThat(new ActionFilter(true, true, TODAY).where())
        .isEqualTo(" AND a.status IN :openStates AND a.ownerId = :me AND a.dueOn < :dueBefore");
  }

  @Test
  void overdueMeansOpenAndDueBeforeToday() {
    ActionFilter overdue = ActionFilter.overdueOn(TODAY);

    assertThat(overdue).isEqualTo(new ActionFilter(true, false, TODAY));
    assertThat(overdue.where()).isEqualTo(" AND a.status IN :openStates AND a.dueOn < :dueBefore");
  }

  @Test
  void theConditionNeverCarriesAValue() {
    assertThat(new ActionFilter(true, true, TODAY).where()).doesNotContain("2026", "'");
  }

  @Test
  void theOpenStatesAreTheOnesNotClosed() {
    assertThat(ActionItems.OPEN_STATES)
        .containsExactlyInAnyOrder(
            java.util.Arrays.stream(ActionStatus.values())
                .filter(s -> !s.isClosed())
                .toArray(ActionStatus[]::new));
  }
}
