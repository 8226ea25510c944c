package io.shoreline.portal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InvitationTokenTest {

  @Test
  void tokensAreRandomUrlSafeAndOnlyTheirHashIsKept() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      InvitationToken token = InvitationToken.random();
      assertThat(InvitationToken.isWellFormed(token.value())).isTrue();
      assertThat(seen.add(token.value())).isTrue();
      assertThat(token.hash()).hasSize(64).doesNotContain(token.value());
    }
  }

  @Test
  void theHashIsSha256InHex() {
    // SHA-256("abc"), FIPS 180-2 appendix B.1
    assertThat(InvitationToken.hashOf("abc"))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }

  @Test
  void malformedTokensAreRecognisedBeforeAnyLookUp() {
    assertThat(InvitationToken.isWellFormed("")).isFalse();
    assertThat(InvitationToken.isWellFormed("' OR 1=1 --")).isFalse();
    assertThat(InvitationToken.isWellFormed("a".repeat(44))).isFalse();
  }
}
