#!/usr/bin/env bash
# The same kinds of page on the large dataset (1 M posts, 10 M KPI rows) and on the small one
# (10,000 posts), two portals side by side, loaded in turn. Goal: latency ratio <= 1.2.
source "$(dirname "$0")/lib/common.sh"
bench_build
bench_dataset "$BENCH_SMALL_DB" 0.01
bench_dataset "$BENCH_LARGE_DB" 1
bench_start "$BENCH_SMALL_DB" 8481
bench_start "$BENCH_LARGE_DB" 8482
bench_load dataset-scaling \
  --small-portal http://127.0.0.1:8481 --small-db "$(bench_jdbc_url "$BENCH_SMALL_DB")" \
  --large-portal http://127.0.0.1:8482 --large-db "$(bench_jdbc_url "$BENCH_LARGE_DB")" \
  --runs "${BENCH_RUNS:-3}" --seconds "${BENCH_SECONDS:-10}"
