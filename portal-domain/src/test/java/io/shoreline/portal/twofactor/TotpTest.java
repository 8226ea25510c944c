package io.shoreline.portal.twofactor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TotpTest {

  /** The SHA-1 seed of RFC 6238, appendix B: the ASCII of "12345678901234567890". */
  private static final byte[] RFC_SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

  /** RFC 6238 appendix B, SHA-1 rows: Unix time and the 8-digit TOTP. */
  @ParameterizedTest
  @CsvSource({
    "59, 94287082",
    "1111111109, 07081804",
    "1111111111, 14050471",
    "1234567890, 89005924",
    "2000000000, 69279037",
    "20000000000, 65353130"
  })
  void theRfc6238ReferenceVectorsInEightDigits(long unixTime, String expected) {
    long step = Totp.stepAt(Instant.ofEpochSecond(unixTime));

    assertThat(Totp.code(RFC_SEED, step, 8)).isEqualTo(expected);
  }

  /** Six digits are the same truncated value modulo 10^6: the last six of the eight. */
  @ParameterizedTest
  @CsvSource({
    "59, 287082",
    "1111111109, 081804",
    "1111111111, 050471",
    "1234567890, 005924",
    "2000000000, 279037",
    "20000000000, 353130"
  })
  void theSameVectorsTruncatedToSixDigitsAsAppsShowThem(long unixTime, String expected) {
    long step = Totp.stepAt(Instant.ofEpochSecond(unixTime));

    assertThat(Totp.code(RFC_SEED, step, Totp.DIGITS)).isEqualTo(expected);
  }

  /**
   * RFC 4226 appendix D: HOTP of counters 0 to 9 with the same seed (TOTP's counter is the step).
   */
  @Test
  void theRfc4226HotpValuesOfTheFirstCounters() {
    String[] expected = {
      "755224", "287082", "359152", "969429", "338314",
      "254676", "287922", "162583", "399871", "520489"
    };
    for (int counter = 0; counter < expected.length; counter++) {
      assertThat(Totp.code(RFC_SEED, counter, 6))
          .as("counter " + counter)
          .isEqualTo(expected[counter]);
    }
  }

  @Test
  void stepsAreThirtySecondsFromTheEpoch() {
    assertThat(Totp.stepAt(Instant.ofEpochSecond(0))).isZero();
    assertThat(Totp.stepAt(Instant.ofEpochSecond(29))).isZero();
    assertThat(Totp.stepAt(Instant.ofEpochSecond(30))).isEqualTo(1);
    assertThat(Totp.stepAt(Instant.ofEpochSecond(1111111109))).isEqualTo(0x23523EC);
  }

  @Test
  void theCurrentStepAndOneEitherSideAreAccepted() {
    Instant now = Instant.ofEpochSecond(1_234_567_890);
    long current = Totp.stepAt(now);

    for (long step = current - 1; step <= current + 1; step++) {
      String code = Totp.code(RFC_SEED, step, 6);
      assertThat(Totp.acceptedStep(RFC_SEED, code, now, 0)).hasValue(step);
    }
  }

  @Test
  void codesTwoStepsAwayAreRefused() {
    Instant now = Instant.ofEpochSecond(1_234_567_890);
    long current = Totp.stepAt(now);

    assertThat(Totp.acceptedStep(RFC_SEED, Totp.code(RFC_SEED, current - 2, 6), now, 0)).isEmpty();
    assertThat(Totp.acceptedStep(RFC_SEED, Totp.code(RFC_SEED, current + 2, 6), now, 0)).isEmpty();
  }

  @Test
  void aCodeOfTheLastAcceptedStepOrAnEarlierOneIsAReplayAndRefused() {
    Instant now = Instant.ofEpochSecond(1_234_567_890);
    long current = Totp.stepAt(now);
    String code = Totp.code(RFC_SEED, current, 6);

    OptionalLong first = Totp.acceptedStep(RFC_SEED, code, now, 0);
    assertThat(first).hasValue(current);
    assertThat(Totp.acceptedStep(RFC_SEED, code, now, first.getAsLong())).isEmpty();
    assertThat(Totp.acceptedStep(RFC_SEED, code, now.plusSeconds(20), current)).isEmpty();
    // the previous step's code after the current one was accepted: an older code, refused too
    String previous = Totp.code(RFC_SEED, current - 1, 6);
    assertThat(Totp.acceptedStep(RFC_SEED, previous, now, current)).isEmpty();
    // the next step's code is later than the last accepted: a new code, accepted
    String next = Totp.code(RFC_SEED, current + 1, 6);
    assertThat(Totp.acceptedStep(RFC_SEED, next, now, current)).hasValue(current + 1);
  }

  @Test
  void wrongAndMalformedCodesAreRefused() {
    Instant now = Instant.ofEpochSecond(1_234_567_890);
    String right = Totp.code(RFC_SEED, Totp.stepAt(now), 6);
    String wrong = String.format("%06d", (Integer.parseInt(right) + 1) % 1_000_000);

    assertThat(Totp.acceptedStep(RFC_SEED, wrong, now, 0)).isEmpty();
    assertThat(Totp.acceptedStep(RFC_SEED, null, now, 0)).isEmpty();
    assertThat(Totp.acceptedStep(RFC_SEED, "", now, 0)).isEmpty();
    assertThat(Totp.acceptedStep(RFC_SEED, "12345", now, 0)).isEmpty();
    assertThat(Totp.acceptedStep(RFC_SEED, right + "0", now, 0)).isEmpty();
    assertThat(Totp.acceptedStep(RFC_SEED, "abcdef", now, 0)).isEmpty();
    // spaces as some apps show them ("123 456") do not matter
    String spaced = right.substring(0, 3) + " " + right.substring(3);
    assertThat(Totp.acceptedStep(RFC_SEED, spaced, now, 0)).isPresent();
  }
}
