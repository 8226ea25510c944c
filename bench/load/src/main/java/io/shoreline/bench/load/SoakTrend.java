package io.shoreline.bench.load;

import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;

/**
 * What the soak's samples (taken under load, after warm-up) say about growth. The heap: the median
 * of the last three samples against that of the first three. Sessions and connections: the highest
 * of the second half against the highest of the first. A pool keeps as many connections as the load
 * last needed at once (it shrinks only after minutes idle), so each sample is a high-water mark: a
 * leak raises it again and again, a burst of concurrency once.
 */
record SoakTrend(
    double heapGrowth,
    int firstHalfSessions,
    int secondHalfSessions,
    int firstHalfConnections,
    int secondHalfConnections) {

  static SoakTrend of(List<SoakSample> loaded) {
    if (loaded.size() < 6) {
      throw new IllegalArgumentException("a trend needs 6 samples or more: " + loaded.size());
    }
    List<SoakSample> firstHalf = loaded.subList(0, loaded.size() / 2);
    List<SoakSample> secondHalf = loaded.subList(loaded.size() / 2, loaded.size());
    return new SoakTrend(
        median(loaded.subList(loaded.size() - 3, loaded.size()), SoakSample::heapMegabytes)
            / median(loaded.subList(0, 3), SoakSample::heapMegabytes),
        max(firstHalf, SoakSample::sessions),
        max(secondHalf, SoakSample::sessions),
        max(firstHalf, SoakSample::connections),
        max(secondHalf, SoakSample::connections));
  }

  boolean flat(double heapGrowthLimit) {
    return heapGrowth <= heapGrowthLimit
        && secondHalfSessions <= firstHalfSessions
        && secondHalfConnections <= firstHalfConnections;
  }

  private static double median(List<SoakSample> samples, ToDoubleFunction<SoakSample> figure) {
    return Stats.median(samples.stream().map(figure::applyAsDouble).toList());
  }

  private static int max(List<SoakSample> samples, ToIntFunction<SoakSample> figure) {
    return samples.stream().mapToInt(figure).max().orElseThrow();
  }
}
