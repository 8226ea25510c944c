package io.shoreline.portal.apitokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shoreline.portal.apitokens.NewToken.Grant;
import io.shoreline.portal.platform.RuleViolation;
import java.util.List;
import org.junit.jupiter.api.Test;

class NewTokenTest {

  @Test
  void theNameIsTrimmedAndGrantsWithoutRightsDropped() {
    NewToken valid =
        new NewToken(
                "  nightly KPIs ", List.of(new Grant(1, true, true), new Grant(2, false, false)))
            .validated();

    assertThat(valid.name()).isEqualTo("nightly KPIs");
    assertThat(valid.grants()).containsExactly(new Grant(1, true, true));
  }

  @Test
  void aFeedNamedTwiceGetsBothRights() {
    NewToken valid =
        new NewToken("t", List.of(new Grant(3, true, false), new Grant(3, false, true)))
            .validated();

    assertThat(valid.grants()).containsExactly(new Grant(3, true, true));
  }

  @Test
  void anEmptyOrLongNameOrNoRightIsRefused() {
    assertThatThrownBy(() -> new NewToken(" ", List.of(new Grant(1, true, false))).validated())
        .isInstanceOf(RuleViolation.class)
        .hasMessage("apiTokens.nameRequired");
    assertThatThrownBy(
            () -> new NewToken("x".repeat(81), List.of(new Grant(1, true, false))).validated())
        .hasMessage("apiTokens.nameTooLong");
    assertThatThrownBy(() -> new NewToken("t", List.of(new Grant(1, false, false))).validated())
        .hasMessage("apiTokens.noScope");
    assertThatThrownBy(() -> new NewToken("t", null).validated()).hasMessage("apiTokens.noScope");
  }
}
