package io.shoreline.bench.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Runs Debian's wrk against a list of requests, taken round-robin, and reads its figures. Every
 * answer other than 200 counts as an error (wrk itself counts a redirect to the sign-in page as a
 * success).
 */
final class Wrk {

  private final int threads;
  private final int connections;
  private final int seconds;

  Wrk(int threads, int connections, int seconds) {
    this.threads = threads;
    this.connections = connections;
    this.seconds = seconds;
  }

  int connections() {
    return connections;
  }

  WrkResult run(String base, List<Request> requests) throws IOException, InterruptedException {
    Path script = Files.createTempFile("bench-", ".lua");
    try {
      Files.writeString(script, lua(requests), StandardCharsets.UTF_8);
      Process wrk =
          new ProcessBuilder(
                  "wrk",
                  "-t" + threads,
                  "-c" + connections,
                  "-d" + seconds + "s",
                  "--timeout",
                  "10s",
                  "-s",
                  script.toString(),
                  base)
              .redirectErrorStream(true)
              .start();
      String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (wrk.waitFor() != 0) {
        throw new IllegalStateException("wrk failed:\n" + output);
      }
      return WrkResult.parse(output);
    } finally {
      Files.deleteIfExists(script);
    }
  }

  /** One request: a path and the header that authenticates it (a session cookie or a token). */
  record Request(String path, String headerName, String headerValue) {}

  static String lua(List<Request> requests) {
    String entries =
        requests.stream()
            .map(
                request ->
                    "{"
                        + quoted(request.path())
                        + ", "
                        + quoted(request.headerName())
                        + ", "
                        + quoted(request.headerValue())
                        + "}")
            .collect(Collectors.joining(",\n  "));
    return """
        local requests = {
          %s
        }
        local next = 0
        local threads = {}
        not200 = 0

        function setup(thread)
          table.insert(threads, thread)
        end

        function init(args)
          -- threads start at different places of the list
          next = math.random(#requests) - 1
        end

        function request()
          next = next %% #requests + 1
          local r = requests[next]
          return wrk.format("GET", r[1], { [r[2]] = r[3] })
        end

        function response(status, headers, body)
          if status ~= 200 then not200 = not200 + 1 end
        end

        function done(summary, latency, requests)
          local bad = 0
          for _, thread in ipairs(threads) do bad = bad + thread:get("not200") end
          local e = summary.errors
          io.write(string.format(
            "RESULT requests=%%d duration_us=%%d p50_us=%%d p99_us=%%d connect=%%d read=%%d write=%%d timeout=%%d status=%%d not200=%%d\\n",
            summary.requests, summary.duration, latency:percentile(50), latency:percentile(99),
            e.connect, e.read, e.write, e.timeout, e.status, bad))
        end
        """
        .formatted(entries);
  }

  private static String quoted(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
