package io.shoreline.bench.tenantfilter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TenantCutTest {

  @Test
  void cutsThePredicateAndItsBindOnly() {
    Form form =
        TenantCut.cut(
            "SELECT a FROM post t1 WHERE (((t1.conversation_id = ?) AND (t1.workspace_id = ?))"
                + " AND (t0.ID = t1.author_id)) ORDER BY t1.SEQ LIMIT ?, ?",
            List.of(" AND (t1.workspace_id = ?)"));

    assertThat(form.sql())
        .isEqualTo(
            "SELECT a FROM post t1 WHERE (((t1.conversation_id = ?))"
                + " AND (t0.ID = t1.author_id)) ORDER BY t1.SEQ LIMIT ?, ?");
    assertThat(form.pick(List.of(43L, 6L, 0, 25))).containsExactly(43L, 0, 25);
  }

  @Test
  void cutsSeveralPredicatesInTurn() {
    Form form =
        TenantCut.cut(
            "SELECT ID FROM conversation WHERE (((workspace_id = ?) AND (ID = ?)) AND (workspace_id"
                + " = ?))",
            List.of("(workspace_id = ?) AND ", " AND (workspace_id = ?)"));

    assertThat(form.sql()).isEqualTo("SELECT ID FROM conversation WHERE (((ID = ?)))");
    assertThat(form.pick(List.of(6L, 43L, 6L))).containsExactly(43L);
  }

  @Test
  void refusesAPredicateThatIsMissingOrAmbiguous() {
    assertThatThrownBy(() -> TenantCut.cut("SELECT 1 WHERE (a = ?)", List.of(" AND (b = ?)")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                TenantCut.cut(
                    "SELECT 1 WHERE (x = ?) AND (b = ?) AND (b = ?)", List.of(" AND (b = ?)")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesAPredicateBindingOtherThanOneValue() {
    assertThatThrownBy(() -> TenantCut.cut("SELECT 1 WHERE (a = 1)", List.of("(a = 1)")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
