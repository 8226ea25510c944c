#!/usr/bin/env bash
# The synthetic data generator of issue 10 (bench/README.md, "Synthetic data"):
#   bench/generate-data.sh [--scale F] [--seed N]
# Builds bench/generator (offline, not part of the root build), then RECREATES the database named
# in PORTAL_DB_URL (default jdbc:mysql://127.0.0.1:3306/portal_bench; its name must contain
# "bench" unless --force), migrates it with portal-domain's Flyway scripts and fills it.
# Environment: PORTAL_DB_URL, PORTAL_DB_USER (root), PORTAL_DB_PASSWORD (empty),
#   GENERATOR_JAVA_OPTS (-Xmx1g), GENERATOR_SKIP_BUILD=1 to reuse the built jar.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "${GENERATOR_SKIP_BUILD:-0}" != "1" ]; then
  ./mvnw -B -ntp -q -f bench/generator/pom.xml package -DskipTests
fi
# shellcheck disable=SC2086
exec java ${GENERATOR_JAVA_OPTS:--Xmx1g} -jar bench/generator/target/generator.jar \
  --migrations portal-domain/src/main/resources/db "$@"
