#!/usr/bin/env bash
# SQL statements per page view, counted in MySQL's general query log (the portal's connections
# only), on the small and the large dataset. Goal: <= 5 on every page, the same on both.
# BENCH_SHOW=1 prints each page's statements.
# The portal's timers stay off: their statements run on the same connections and would be
# counted with the page that happened to be served meanwhile.
export BENCH_SCHEDULED_JOBS=false
source "$(dirname "$0")/lib/common.sh"
bench_build
bench_dataset "$BENCH_SMALL_DB" 0.01
bench_dataset "$BENCH_LARGE_DB" 1
bench_start "$BENCH_SMALL_DB" 8481
bench_start "$BENCH_LARGE_DB" 8482
show=()
[ "${BENCH_SHOW:-0}" = "1" ] && show=(--show)
bench_load statements \
  --small-portal http://127.0.0.1:8481 --small-db "$(bench_jdbc_url "$BENCH_SMALL_DB")" \
  --large-portal http://127.0.0.1:8482 --large-db "$(bench_jdbc_url "$BENCH_LARGE_DB")" "${show[@]}"
