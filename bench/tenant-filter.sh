#!/usr/bin/env bash
# The tenant filter cost benchmark of issue 10 (bench/README.md, "Tenant filter cost"):
#   bench/tenant-filter.sh [--small] [--threads N] [--seconds D] [--rounds R] [--warmup W]
#                          [--seed S] [--only NAME,...]
# Builds bench/tenantfilter (offline, not part of the root build), then times each of the portal's
# hot tenant-filtered reads, verbatim as the portal sends them, against the same text without its
# tenant predicates, on the same seeded real ids, N client threads (4) for D seconds (10) per form,
# interleaved in R rounds (3) after a warm-up; prints EXPLAIN of both forms, per-query medians,
# and the overall ratio (geometric mean; goal >= 0.9). READ-ONLY: every session is read-only.
# Database: portal_bench_large (bench/generate-data.sh --scale 1), or portal_bench_small with
# --small. Environment: BENCH_DB_HOST (127.0.0.1), BENCH_DB_PORT (3306), BENCH_DB_NAME,
#   BENCH_DB_USER (root), BENCH_DB_PASSWORD (empty), BENCH_JAVA_OPTS (-Xmx512m),
#   BENCH_SKIP_BUILD=1 to reuse the built jar.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "${BENCH_SKIP_BUILD:-0}" != "1" ]; then
  ./mvnw -B -ntp -q -f bench/tenantfilter/pom.xml package -DskipTests
fi
# shellcheck disable=SC2086 # BENCH_JAVA_OPTS is a list of options
exec java ${BENCH_JAVA_OPTS:--Xmx512m} -jar bench/tenantfilter/target/tenantfilter.jar "$@"
