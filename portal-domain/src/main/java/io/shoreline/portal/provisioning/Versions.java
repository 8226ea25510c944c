package io.shoreline.portal.provisioning;

import java.util.OptionalLong;

/** If-Match: the version a client says it changes, against the one stored now (412 if another). */
final class Versions {

  private Versions() {}

  static void check(String type, long id, long stored, OptionalLong expected) {
    if (expected.isPresent() && expected.getAsLong() != stored) {
      throw new ScimException(
          412,
          null,
          type + " " + id + " is at version " + stored + ", not " + expected.getAsLong());
    }
  }
}
