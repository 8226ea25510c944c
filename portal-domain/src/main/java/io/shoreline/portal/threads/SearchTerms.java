package io.shoreline.portal.threads;

import io.shoreline.portal.platform.RuleViolation;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** What a person typed into search, as words: no operators of either database pass through. */
record SearchTerms(List<String> words) {

  static final int MAX_WORDS = 8;

  static SearchTerms of(String typed) {
    List<String> words =
        Arrays.stream((typed == null ? "" : typed).split("[^\\p{L}\\p{N}]+"))
            .filter(word -> !word.isEmpty())
            .map(word -> word.toLowerCase(Locale.ROOT))
            .distinct()
            .limit(MAX_WORDS)
            .toList();
    if (words.isEmpty()) {
      throw new RuleViolation("search.empty");
    }
    return new SearchTerms(words);
  }

  /** MySQL boolean mode: every word required, as a prefix. */
  String booleanQuery() {
    return words.stream().map(word -> "+" + word + "*").collect(Collectors.joining(" "));
  }

  /** LIKE patterns, one per word: words hold letters and digits only, nothing to escape. */
  List<String> likePatterns() {
    return words.stream().map(word -> "%" + word + "%").toList();
  }
}
