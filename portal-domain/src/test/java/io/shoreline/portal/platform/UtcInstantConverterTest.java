package io.shoreline.portal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class UtcInstantConverterTest {

  private final UtcInstantConverter converter = new UtcInstantConverter();

  @Test
  void storesTheUtcWallClockTime() {
    assertThat(converter.convertToDatabaseColumn(Instant.parse("2026-03-29T01:30:00.123456Z")))
        .isEqualTo(LocalDateTime.parse("2026-03-29T01:30:00.123456"));
  }

  @Test
  void readsItBackAsTheSameInstant() {
    Instant instant = Instant.parse("2026-10-25T00:59:59.999999Z");

    assertThat(converter.convertToEntityAttribute(converter.convertToDatabaseColumn(instant)))
        .isEqualTo(instant);
  }

  @Test
  void keepsNullAsNull() {
    assertThat(converter.convertToDatabaseColumn(null)).isNull();
    assertThat(converter.convertToEntityAttribute(null)).isNull();
  }
}
