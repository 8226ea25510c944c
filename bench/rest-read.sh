#!/usr/bin/env bash
# Paged REST read: GET 100 KPI rows a page through /api/v1 with a read token, on the large
# dataset, against a trivial JAX-RS endpoint (bench/reference) on the same server, 32 connections.
# Goal: throughput >= 0.5 x the reference, p99 < 50 ms. See bench/README.md and bench/lib/common.sh.
source "$(dirname "$0")/lib/common.sh"
bench_build
bench_dataset "$BENCH_LARGE_DB" 1
bench_start "$BENCH_LARGE_DB" 8481
bench_load rest-read --portal http://127.0.0.1:8481 --db "$(bench_jdbc_url "$BENCH_LARGE_DB")" \
  --runs "${BENCH_RUNS:-3}" --seconds "${BENCH_SECONDS:-30}"
