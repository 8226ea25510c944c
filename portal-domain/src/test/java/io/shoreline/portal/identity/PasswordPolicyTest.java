package io.shoreline.portal.identity;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shoreline.portal.platform.RuleViolation;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

  @Test
  void twelveToOneHundredTwentyEightCharacters() {
    assertThatCode(() -> PasswordPolicy.check("correct horse".toCharArray()))
        .doesNotThrowAnyException();
    assertThatCode(() -> PasswordPolicy.check("x".repeat(128).toCharArray()))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> PasswordPolicy.check("eleven-char".toCharArray()))
        .isInstanceOf(RuleViolation.class)
        .hasMessage("password.length");
    assertThatThrownBy(() -> PasswordPolicy.check("x".repeat(129).toCharArray()))
        .hasMessage("password.length");
    assertThatThrownBy(() -> PasswordPolicy.check(null)).hasMessage("password.length");
  }

  @Test
  void notOnlyBlanks() {
    assertThatThrownBy(() -> PasswordPolicy.check(" ".repeat(20).toCharArray()))
        .hasMessage("password.blank");
  }
}
