#!/usr/bin/env bash
# Issue 11, soak: the thread-page benchmark's load (16 signed-in clients, wrk) for 10 minutes on
# the generated small dataset. Every minute: the portal's live heap after a full collection and its
# HTTP sessions (jcmd class histogram) and its database connections (MySQL's process list). Goals:
# zero errors, heap flat (the last three samples within 10 % of the first three after warm-up), no
# growth in sessions or connections (the second half's highest sample not above the first half's),
# and no connection the pool logs as a potential leak (held past its 60 s leak timeout).
#
# Variables (all optional): SOAK_SECONDS (600), SOAK_PORT (8593), BENCH_SKIP_BUILD=1, and the
# database variables of bench/lib/common.sh.
source "$(dirname "$0")/../bench/lib/common.sh"

port="${SOAK_PORT:-8593}"
bench_build
bench_dataset "$BENCH_SMALL_DB" 0.01
bench_start "$BENCH_SMALL_DB" "$port"
portal_pid="${BENCH_PIDS[-1]}" # start-portal.sh execs the JVM: the same process

# exits 3 when a goal was missed, after printing the figures
java -jar bench/load/target/load.jar soak --portal "http://127.0.0.1:$port" \
  --db "$(bench_jdbc_url "$BENCH_SMALL_DB")" --portal-pid "$portal_pid" \
  --seconds "${SOAK_SECONDS:-600}" --connections 16 \
  --db-user "$BENCH_DB_USER" --db-password "$BENCH_DB_PASSWORD" \
  --portal-db-user "$BENCH_PORTAL_DB_USER" --portal-log "${BENCH_LOGS[-1]}"
