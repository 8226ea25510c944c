#!/usr/bin/env bash
# Signed-in thread page of 50 posts, 16 clients (16 sessions), on the large dataset, against a
# static PrimeFaces 50-row table page (bench/reference) on the same server.
# Goal: throughput >= 0.7 x the reference, p99 < 150 ms. See bench/README.md.
source "$(dirname "$0")/lib/common.sh"
bench_build
bench_dataset "$BENCH_LARGE_DB" 1
bench_start "$BENCH_LARGE_DB" 8481
bench_load thread-page --portal http://127.0.0.1:8481 --db "$(bench_jdbc_url "$BENCH_LARGE_DB")" \
  --runs "${BENCH_RUNS:-3}" --seconds "${BENCH_SECONDS:-30}"
