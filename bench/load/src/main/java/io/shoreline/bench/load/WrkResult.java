package io.shoreline.bench.load;

import java.util.HashMap;
import java.util.Map;

/**
 * What one wrk run measured, read from the line our Lua script's {@code done} prints: {@code RESULT
 * requests=… duration_us=… p50_us=… p99_us=… errors=… not200=…}.
 */
record WrkResult(long requests, long durationMicros, long p50Micros, long p99Micros, long errors) {

  static final String MARK = "RESULT ";

  static WrkResult parse(String output) {
    for (String line : output.split("\n")) {
      if (line.startsWith(MARK)) {
        Map<String, Long> values = new HashMap<>();
        for (String pair : line.substring(MARK.length()).trim().split("\\s+")) {
          String[] kv = pair.split("=", 2);
          values.put(kv[0], Long.parseLong(kv[1]));
        }
        long errors =
            values.get("connect")
                + values.get("read")
                + values.get("write")
                + values.get("timeout")
                + values.get("status")
                + values.get("not200");
        return new WrkResult(
            values.get("requests"),
            values.get("duration_us"),
            values.get("p50_us"),
            values.get("p99_us"),
            errors);
      }
    }
    throw new IllegalStateException("wrk printed no result line:\n" + output);
  }

  double requestsPerSecond() {
    return requests * 1_000_000.0 / durationMicros;
  }

  double p50Millis() {
    return p50Micros / 1000.0;
  }

  double p99Millis() {
    return p99Micros / 1000.0;
  }
}
