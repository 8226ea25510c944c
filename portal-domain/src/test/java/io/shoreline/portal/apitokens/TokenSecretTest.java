package io.shoreline.portal.apitokens;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TokenSecretTest {

  @Test
  void aSecretIsShlAnd32RandomBytesInBase64Url() {
    String secret = TokenSecret.generate().reveal();

    assertThat(secret).matches("shl_[A-Za-z0-9_-]{43}");
  }

  @Test
  void secretsDoNotRepeat() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      seen.add(TokenSecret.generate().reveal());
    }
    assertThat(seen).hasSize(1000);
  }

  @Test
  void theHashIsTheSha256OfTheSecretAndFindsItAgain() {
    TokenSecret secret = TokenSecret.generate();

    assertThat(secret.hash()).matches("[0-9a-f]{64}").doesNotContain(secret.reveal());
    assertThat(TokenSecret.parse(secret.reveal()).orElseThrow().hash()).isEqualTo(secret.hash());
    // a known vector: SHA-256 of the ASCII text
    assertThat(TokenSecret.parse("shl_" + "A".repeat(43)).orElseThrow().hash())
        .isEqualTo("23126c508a25cd27bdb7df114bde1289bbd628e0ef6ca4a1ec825b3670457954");
  }

  @Test
  void theDisplayPrefixShowsTenCharactersAndToStringNeverTheSecret() {
    TokenSecret secret = TokenSecret.generate();

    assertThat(secret.displayPrefix()).hasSize(10).startsWith("shl_");
    assertThat(secret.reveal()).startsWith(secret.displayPrefix());
    assertThat(secret.toString()).doesNotContain(secret.reveal());
  }

  @Test
  void anythingButASecretsFormatMatchesNoToken() {
    assertThat(TokenSecret.parse(null)).isEmpty();
    assertThat(TokenSecret.parse("")).isEmpty();
    assertThat(TokenSecret.parse("shl_short")).isEmpty();
    assertThat(TokenSecret.parse("abc_" + "A".repeat(43))).isEmpty();
    assertThat(TokenSecret.parse("shl_" + "A".repeat(42) + "=")).isEmpty();
    assertThat(TokenSecret.parse(" shl_" + "A".repeat(43) + " ")).isPresent();
  }
}
