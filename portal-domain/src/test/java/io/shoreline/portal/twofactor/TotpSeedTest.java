package io.shoreline.portal.twofactor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TotpSeedTest {

  @Test
  void aRandomSeedHas160BitsAndRoundTripsThroughBase32() {
    TotpSeed seed = TotpSeed.random();

    assertThat(seed.key()).hasSize(20);
    assertThat(seed.base32()).hasSize(32).matches("[A-Z2-7]+");
    assertThat(TotpSeed.fromBase32(seed.base32())).isEqualTo(seed);
    assertThat(TotpSeed.fromBase32(seed.grouped().toLowerCase())).isEqualTo(seed);
    assertThat(TotpSeed.random()).isNotEqualTo(seed);
  }

  @Test
  void theRfcSeedInBase32() {
    TotpSeed seed = new TotpSeed("12345678901234567890".getBytes(StandardCharsets.US_ASCII));

    assertThat(seed.base32()).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
    assertThat(seed.grouped()).isEqualTo("GEZD GNBV GY3T QOJQ GEZD GNBV GY3T QOJQ");
  }

  @Test
  void theOtpauthUriNamesTheIssuerAndTheEmail() {
    TotpSeed seed = new TotpSeed("12345678901234567890".getBytes(StandardCharsets.US_ASCII));

    assertThat(seed.otpauthUri("claire.dubois+ops@northwind.example"))
        .isEqualTo(
            "otpauth://totp/Shoreline:claire.dubois%2Bops%40northwind.example"
                + "?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Shoreline"
                + "&algorithm=SHA1&digits=6&period=30");
  }

  @Test
  void notBase32IsRefused() {
    assertThatThrownBy(() -> TotpSeed.fromBase32("not base32!"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TotpSeed.fromBase32(" ")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theKeyNeverShowsInText() {
    assertThat(TotpSeed.random().toString()).isEqualTo("TotpSeed[hidden]");
  }
}
