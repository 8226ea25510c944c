package io.shoreline.portal.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretBoxTest {

  private static final byte[] KEY = new byte[32];

  static {
    Arrays.fill(KEY, (byte) 7);
  }

  private final SecretBox box = new SecretBox(KEY);

  @Test
  void opensWhatItSealedForTheSamePurpose() {
    String sealed = box.seal("totp:42", "JBSWY3DPEHPK3PXP");

    assertThat(sealed).startsWith("v1:").doesNotContain("JBSWY3DPEHPK3PXP");
    assertThat(box.open("totp:42", sealed)).isEqualTo("JBSWY3DPEHPK3PXP");
  }

  @Test
  void sealingTwiceGivesDifferentTexts() {
    assertThat(box.seal("p", "same")).isNotEqualTo(box.seal("p", "same"));
  }

  @Test
  void aSecretCopiedToAnotherPurposeDoesNotOpen() {
    String sealed = box.seal("totp:42", "seed");

    assertThatThrownBy(() -> box.open("totp:43", sealed))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anAlteredSecretDoesNotOpen() {
    byte[] raw = Base64.getDecoder().decode(box.seal("p", "seed").substring(3));
    raw[raw.length - 1] ^= 1;

    assertThatThrownBy(() -> box.open("p", "v1:" + Base64.getEncoder().encodeToString(raw)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> box.open("p", "plain text"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anotherKeyDoesNotOpenIt() {
    String sealed = box.seal("p", "seed");
    byte[] other = KEY.clone();
    other[0] = 8;

    assertThatThrownBy(() -> new SecretBox(other).open("p", sealed))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void withoutAConfiguredKeyOneIsMadeOnceAndKeptInTheDataDirectory(@TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("data").resolve("secrets.key");

    byte[] first = SecretsKey.fromFile(file);
    byte[] again = SecretsKey.fromFile(file);

    assertThat(first).hasSize(32).isEqualTo(again);
    assertThat(Files.getPosixFilePermissions(file))
        .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    assertThat(new SecretBox(again).open("p", new SecretBox(first).seal("p", "seed")))
        .isEqualTo("seed");
  }

  @Test
  void aKeyFileOfTheWrongSizeIsRefused(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("secrets.key");
    Files.writeString(file, Base64.getEncoder().encodeToString(new byte[16]));

    assertThatThrownBy(() -> SecretsKey.fromFile(file))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("32 bytes");
  }
}
