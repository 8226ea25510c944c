package io.shoreline.bench.load;

import java.io.IOException;

/** A command of the calling script (stop or start a server), run to its end. */
final class Shell {

  private Shell() {}

  static void run(String command) throws IOException, InterruptedException {
    int status = new ProcessBuilder("bash", "-c", command).inheritIO().start().waitFor();
    if (status != 0) {
      throw new IllegalStateException("'" + command + "' failed with " + status);
    }
  }
}
