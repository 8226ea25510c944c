package io.shoreline.portal.web.corpora;

import java.util.ArrayList;
import java.util.List;

/**
 * Every failed assertion of a corpus run, then all of them at once: one run shows each input that
 * got the wrong answer. (AssertJ's SoftAssertions need Byte Buddy, which the deployment lacks.)
 */
final class Mismatches {

  private final List<String> found = new ArrayList<>();

  void check(Runnable assertion) {
    try {
      assertion.run();
    } catch (AssertionError mismatch) {
      found.add(mismatch.getMessage());
    }
  }

  void assertNone() {
    if (!found.isEmpty()) {
      throw new AssertionError(found.size() + " mismatches:\n" + String.join("\n\n", found));
    }
  }
}
