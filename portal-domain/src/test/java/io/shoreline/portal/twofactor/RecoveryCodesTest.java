package io.shoreline.portal.twofactor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecoveryCodesTest {

  @Test
  void tenDistinctCodesOfTwentyFourBase32Characters() {
    List<String> codes = RecoveryCodes.generate();

    assertThat(codes).hasSize(10).doesNotHaveDuplicates();
    assertThat(codes).allMatch(code -> code.matches("[a-z2-7]{4}(-[a-z2-7]{4}){5}"));
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
    String code = "abcd-efgh-2345-mnop-qrst-uvwx";
    String hash = RecoveryCodes.hash(42, code);

    assertThat(hash).hasSize(64).matches("[0-9a-f]+").doesNotContain("abcd");
    assertThat(RecoveryCodes.hash(42, "ABCD EFGH 2345 MNOP QRST UVWX")).isEqualTo(hash);
    assertThat(RecoveryCodes.hash(42, "abcdefgh2345mnopqrstuvwx")).isEqualTo(hash);
    assertThat(RecoveryCodes.hash(43, code)).isNotEqualTo(hash);
    assertThat(RecoveryCodes.hash(42, "abcd-efgh-2345-mnop-qrst-uvwy")).isNotEqualTo(hash);
  }

  @Test
  void anAuthenticatorCodeDoesNotLookLikeARecoveryCode() {
    assertThat(RecoveryCodes.looksLikeOne("123456")).isFalse();
    assertThat(RecoveryCodes.looksLikeOne(null)).isFalse();
    // sixteen characters are too few to be one
    assertThat(RecoveryCodes.looksLikeOne("abcd-efgh-2345-mnop")).isFalse();
    assertThat(RecoveryCodes.looksLikeOne("abcd-efgh-2345-mnop-qrst-uvw")).isFalse();
    assertThat(RecoveryCodes.looksLikeOne("abcd-efgh-2345-mnop-qrst-uvw1")).isFalse();
  }
}
