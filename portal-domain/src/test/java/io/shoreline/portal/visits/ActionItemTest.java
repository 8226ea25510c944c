package io.shoreline.portal.visits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** When an action item counts as overdue: open or in progress after the day it was due. */
class ActionItemTest {

  private static final LocalDate DUE = LocalDate.of(2026, 7, 1);

  @Test
  void aNewItemIsOpenAndCarriesWhatWasAskedFor() {
    ActionItem item = item();

    assertThat(item.getStatus()).isEqualTo(ActionStatus.OPEN);
    assertThat(item.getVisitId()).isEqualTo(4);
    assertThat(item.getFindingId()).isEqualTo(3L);
    assertThat(item.getTitle()).isEqualTo("Refresh the escalation guide");
    assertThat(item.getOwnerId()).isEqualTo(9);
    assertThat(item.getCreatedBy()).isEqualTo(2);
    assertThat(item.getDueOn()).isEqualTo(DUE);
  }

  @Test
  void anOpenItemIsOverdueOnlyFromTheDayAfterItsDueDate() {
    ActionItem item = item();

    assertThat(item.isOverdueOn(DUE.minusDays(1))).isFalse();
    assertThat(item.isOverdueOn(DUE)).isFalse();
    assertThat(item.isOverdueOn(DUE.plusDays(1))).isTrue();
    assertThat(item.isOverdueOn(DUE.plusYears(1))).isTrue();
  }

  @ParameterizedTest
  @EnumSource(ActionStatus.class)
  void onlyItemsStillToDoAreOverdue(ActionStatus status) {
    ActionItem item = item();
    item.move(status);

    assertThat(item.isOverdueOn(DUE.plusDays(1))).isEqualTo(!status.isClosed());
    assertThat(status.isClosed())
        .isEqualTo(status == ActionStatus.DONE || status == ActionStatus.WONT_DO);
  }

  @Test
  void aNewDueDateEndsTheLateness() {
    ActionItem item = item();
    item.reassign(11, DUE.plusDays(14));

    assertThat(item.getOwnerId()).isEqualTo(11);
    assertThat(item.isOverdueOn(DUE.plusDays(1))).isFalse();
    assertThat(item.isOverdueOn(DUE.plusDays(15))).isTrue();
  }

  private static ActionItem item() {
    return new ActionItem(
        ActionOrigin.visit(4),
        new NewActionItem(3L, "Refresh the escalation guide", 9, DUE),
        2,
        Instant.parse("2026-06-10T08:00:00Z"));
  }
}
