package io.shoreline.portal.feeds;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

/**
 * Parsing and writing side by side: a worker thread reads and validates the body and hands chunks
 * of valid rows through a small bounded queue to the transaction's thread, which writes them. The
 * database then works while the next chunk is parsed, instead of each waiting for the other (the
 * ingest benchmark). A failure on either side stops both; the worker's is rethrown here.
 */
final class ParsedChunks {

  /** One valid row: its line, key and stored cells. */
  record Parsed(long row, String key, String cells) {}

  /** Receives the valid rows in order, on the transaction's thread. */
  interface Sink {
    void add(long row, String key, String cells);
  }

  private static final int CHUNK = 1000;
  private static final List<Parsed> END = List.of();

  private final BlockingQueue<List<Parsed>> queue = new ArrayBlockingQueue<>(4);
  private volatile boolean stopped;
  private volatile RuntimeException failure;

  /** Runs {@code parse} on the executor, feeding {@code sink} on this thread until it ends. */
  void run(Executor executor, java.util.function.Consumer<Sink> parse, Sink sink) {
    executor.execute(() -> produce(parse));
    try {
      for (List<Parsed> chunk = take(); chunk != END; chunk = take()) {
        for (Parsed row : chunk) {
          sink.add(row.row(), row.key(), row.cells());
        }
      }
    } finally {
      stopped = true; // the worker gives up if this side failed
      queue.clear();
    }
    if (failure != null) {
      throw failure;
    }
  }

  private void produce(java.util.function.Consumer<Sink> parse) {
    List<List<Parsed>> pending = new ArrayList<>(1);
    pending.add(new ArrayList<>(CHUNK));
    try {
      parse.accept(
          (row, key, cells) -> {
            pending.get(0).add(new Parsed(row, key, cells));
            if (pending.get(0).size() >= CHUNK) {
              put(pending.get(0));
              pending.set(0, new ArrayList<>(CHUNK));
            }
          });
      put(pending.get(0));
    } catch (RuntimeException e) {
      failure = e;
    } catch (Error e) {
      failure = new IllegalStateException("parsing failed", e);
    } finally {
      putEnd();
    }
  }

  private void put(List<Parsed> chunk) {
    try {
      while (!stopped && !queue.offer(chunk, 100, TimeUnit.MILLISECONDS)) {
        // the writer is busy: wait for room
      }
      if (stopped) {
        throw new IllegalStateException("the writing side stopped");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while parsing", e);
    }
  }

  private void putEnd() {
    try {
      while (!stopped && !queue.offer(END, 100, TimeUnit.MILLISECONDS)) {
        // wait for room
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private List<Parsed> take() {
    try {
      List<Parsed> chunk;
      do {
        chunk = queue.poll(100, TimeUnit.MILLISECONDS);
      } while (chunk == null);
      return chunk;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while writing", e);
    }
  }
}
