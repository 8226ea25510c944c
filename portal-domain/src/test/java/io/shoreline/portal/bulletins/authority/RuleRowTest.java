package io.shoreline.portal.bulletins.authority;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shoreline.portal.platform.RuleViolation;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RuleRowTest {

  @Test
  void aLimitIsANonNegativeAmountInAnIsoCurrency() {
    RuleRow valid =
        new RuleRow(" Waive a late fee ", new BigDecimal("25.00"), "eur", " ", null).validated(1);

    assertThat(valid.decision()).isEqualTo("Waive a late fee");
    assertThat(valid.currency()).isEqualTo("EUR");
    assertThat(valid.condition()).isEmpty();
    assertThat(valid.notes()).isEmpty();
    assertThat(new RuleRow("Re-send a receipt", null, null, "", "").validated(2).currency())
        .isNull();
  }

  @Test
  void refusesWhatAnEditorMustFixNamingTheLine() {
    assertRefused(new RuleRow(" ", null, null, "", ""), "authority.decisionRequired");
    assertRefused(new RuleRow("x".repeat(301), null, null, "", ""), "authority.decisionTooLong");
    assertRefused(row("-1", "EUR"), "authority.amountNegative");
    assertRefused(row("1.005", "EUR"), "authority.amountFormat");
    assertRefused(row("100", "EURO"), "authority.currencyInvalid");
    assertRefused(row("100", "XYZ"), "authority.currencyInvalid");
    assertRefused(row("100", ""), "authority.currencyInvalid");
    assertRefused(new RuleRow("Refund", null, "EUR", "", ""), "authority.amountRequired");
    assertRefused(new RuleRow("Refund", null, null, "c".repeat(301), ""), "authority.textTooLong");
  }

  @Test
  void aVersionAppliesFromItsStartUntilTheDayBeforeTheNext() {
    AuthorityVersion first = new AuthorityVersion(1, LocalDate.of(2026, 1, 1), "", 1, null);
    assertThat(first.appliesOn(LocalDate.of(2030, 1, 1))).isTrue();

    first.endBefore(LocalDate.of(2026, 12, 1));

    assertThat(first.getValidUntil()).isEqualTo(LocalDate.of(2026, 11, 30));
    assertThat(first.appliesOn(LocalDate.of(2026, 11, 30))).isTrue();
    assertThat(first.appliesOn(LocalDate.of(2026, 12, 1))).isFalse();
    assertThat(first.appliesOn(LocalDate.of(2025, 12, 31))).isFalse();
  }

  private static RuleRow row(String amount, String currency) {
    return new RuleRow("Refund", new BigDecimal(amount), currency, "with supervisor approval", "");
  }

  private static void assertRefused(RuleRow row, String key) {
    assertThatThrownBy(() -> row.validated(3))
        .isInstanceOfSatisfying(
            RuleViolation.class,
            e -> {
              assertThat(e.key()).isEqualTo(key);
              assertThat(e.arguments()).startsWith(3);
            });
  }
}
