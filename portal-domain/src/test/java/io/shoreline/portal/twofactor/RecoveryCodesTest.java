package io.shoreline.portal.twofactor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecoveryCodesTest {

  @Test
  void tenDistinctCodesOfSixteenBase32Characters() {
    List<String> codes = RecoveryCodes.generate();

    assertThat(codes).hasSize(10).doesNotHaveDuplicates();
    assertThat(codes).allMatch(code -> code.matches("[a-z2-7]{4}(-[a-z2-7]{4}){3}"));
    assertThat(codes).allMatch(RecoveryCodes::looksLikeOne);
  }

  @Test
  void codesDoNotRepeatAcrossEnrolments() {
    HashSet<String> seen = new HashSet<>();
    for (int i = 0; i < 100; i++) {
      assertThat(seen.addAll(RecoveryCodes.generate())).isTrue();
    }
    assertThat(seen).hasSize(1000);
  }

  @Test
  void theHashIgnoresDashesSpacesAndCaseButNotTheAccount() {
    String code = "abcd-efgh-2345-mnop";
    String hash = RecoveryCodes.hash(42, code);

    assertThat(hash).hasSize(64).matches("[0-9a-f]+").doesNotContain("abcd");
    assertThat(RecoveryCodes.hash(42, "ABCD EFGH 2345 MNOP")).isEqualTo(hash);
    assertThat(RecoveryCodes.hash(42, "abcdefgh2345mnop")).isEqualTo(hash);
    assertThat(RecoveryCodes.hash(43, code)).isNotEqualTo(hash);
    assertThat(RecoveryCodes.hash(42, "abcd-efgh-2345-mnoq")).isNotEqualTo(hash);
  }

  @Test
  void anAuthenticatorCodeDoesNotLookLikeARecoveryCode() {
    assertThat(RecoveryCodes.looksLikeOne("123456")).isFalse();
    assertThat(RecoveryCodes.looksLikeOne(null)).isFalse();
    assertThat(RecoveryCodes.looksLikeOne("abcd-efgh-2345-mno")).isFalse();
    assertThat(RecoveryCodes.looksLikeOne("abcd-efgh-2345-mno1")).isFalse();
  }
}
