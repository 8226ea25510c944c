package io.shoreline.portal.web.exchanges;

import static org.assertj.core.api.Assertions.assertThat;

import io.shoreline.portal.exchanges.ExchangeStay;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class ExchangeExportsTest {

  @Test
  void readsPageByPageUntilAShortPage() {
    List<ExchangeStay> stored = stays(ExchangeExports.PAGE * 2 + 3);
    List<Integer> firsts = new ArrayList<>();

    List<ExchangeStay> read =
        ExchangeExports.all(
            (first, max) -> {
              firsts.add(first);
              assertThat(max).isEqualTo(ExchangeExports.PAGE);
              return stored.subList(first, Math.min(first + max, stored.size()));
            });

    assertThat(read).containsExactlyElementsOf(stored);
    assertThat(firsts).containsExactly(0, ExchangeExports.PAGE, ExchangeExports.PAGE * 2);
  }

  @Test
  void aFullLastPageCostsOneEmptyQueryMore() {
    List<ExchangeStay> stored = stays(ExchangeExports.PAGE);
    List<Integer> firsts = new ArrayList<>();

    List<ExchangeStay> read =
        ExchangeExports.all(
            (first, max) -> {
              firsts.add(first);
              return stored.subList(Math.min(first, stored.size()), stored.size());
            });

    assertThat(read).hasSize(ExchangeExports.PAGE);
    assertThat(firsts).containsExactly(0, ExchangeExports.PAGE);
  }

  @Test
  void aStaySeenOnTwoPagesIsKeptOnce() {
    List<ExchangeStay> stored = stays(ExchangeExports.PAGE + 1);

    List<ExchangeStay> read =
        ExchangeExports.all(
            (first, max) ->
                first == 0
                    ? stored.subList(0, max)
                    // a stay accepted meanwhile pushed the last of the first page onto the second
                    : stored.subList(first - 1, stored.size()));

    assertThat(read).containsExactlyElementsOf(stored);
  }

  @Test
  void fileNamesAreTheProgrammesNameInAscii() {
    assertThat(ExchangeExports.fileName("Échange d’été 2026", "csv"))
        .isEqualTo("exchanges-echange-d-ete-2026.csv");
    assertThat(ExchangeExports.fileName("交换", "ics")).isEqualTo("exchanges-programme.ics");
  }

  private static List<ExchangeStay> stays(int count) {
    return LongStream.rangeClosed(1, count)
        .mapToObj(
            id ->
                SampleStays.stay(
                    id,
                    "Agent " + id,
                    "Site",
                    "UTC",
                    "2026-12-03T08:30:00Z",
                    "2026-12-04T08:30:00Z"))
        .toList();
  }
}
