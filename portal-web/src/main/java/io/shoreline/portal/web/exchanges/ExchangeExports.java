package io.shoreline.portal.web.exchanges;

import io.shoreline.portal.exchanges.ExchangeStay;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** What the exchange downloads share: reading every accepted stay, and naming the file. */
final class ExchangeExports {

  /** Stays read per query: each query stays bounded, however long the programme. */
  static final int PAGE = 500;

  /** One page of accepted stays, soonest first. */
  @FunctionalInterface
  interface Pages {
    List<ExchangeStay> read(int first, int max);
  }

  private ExchangeExports() {}

  /**
   * Every stay, page by page until a short page. Each page is its own transaction: a stay accepted
   * meanwhile can shift the pages, so one seen twice is kept once.
   */
  static List<ExchangeStay> all(Pages pages) {
    List<ExchangeStay> stays = new ArrayList<>();
    Set<Long> seen = new HashSet<>();
    for (int first = 0; ; first += PAGE) {
      List<ExchangeStay> page = pages.read(first, PAGE);
      for (ExchangeStay stay : page) {
        if (seen.add(stay.getId())) {
          stays.add(stay);
        }
      }
      if (page.size() < PAGE) {
        return stays;
      }
    }
  }

  /** "exchanges-summer-swap.csv": the programme's name in ASCII letters, digits and dashes. */
  static String fileName(String programmeName, String extension) {
    String ascii =
        Normalizer.normalize(programmeName, Normalizer.Form.NFD)
            .replaceAll("\\p{M}+", "") // é is e and a combining accent: keep the e
            .replaceAll("[^A-Za-z0-9]+", "-")
            .replaceAll("(^-+|-+$)", "")
            .toLowerCase(Locale.ROOT);
    return "exchanges-" + (ascii.isEmpty() ? "programme" : ascii) + "." + extension;
  }
}
