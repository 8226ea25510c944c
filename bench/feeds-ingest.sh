#!/usr/bin/env bash
# The feeds ingest benchmark (bench/README.md), one repeatable command:
#   bench/feeds-ingest.sh
# Builds the WAR, recreates the MariaDB/MySQL database portal_bench, starts the portal on it
# through docker/start-portal.sh (the same start as production), then runs
# bench/FeedsIngestBench.java: 1,000,000 KPI rows through the REST API, the same rows through raw
# batched JDBC into the same table, both rates and their ratio. Stops the portal at the end.
#
# Environment (all optional):
#   BENCH_DB_HOST (127.0.0.1)  BENCH_DB_PORT (3306)  BENCH_DB_USER (root)  BENCH_DB_PASSWORD ()
#   BENCH_DB_NAME (portal_bench)  BENCH_PORT (8480)  BENCH_ROWS (1000000)
#   BENCH_PER_REQUEST (50000)  BENCH_BATCH (1000: the portal's own JDBC batch size)
#   BENCH_SKIP_BUILD=1 to reuse portal-web/target/ROOT.war
set -euo pipefail
cd "$(dirname "$0")/.."

host="${BENCH_DB_HOST:-127.0.0.1}"
dbport="${BENCH_DB_PORT:-3306}"
user="${BENCH_DB_USER:-root}"
password="${BENCH_DB_PASSWORD:-}"
db="${BENCH_DB_NAME:-portal_bench}"
port="${BENCH_PORT:-8480}"
log="$(mktemp -t portal-bench.XXXXXX.log)"

if [ "${BENCH_SKIP_BUILD:-0}" != "1" ]; then
  ./mvnw -B -ntp -q -DskipTests package -pl portal-web -am
fi
jar=portal-web/target/payara-micro.jar
war=portal-web/target/ROOT.war
driver="$(find "${HOME}/.m2/repository/com/mysql/mysql-connector-j" -name 'mysql-connector-j-*.jar' | sort | tail -1)"

mysql_args=(-h "$host" -P "$dbport" -u "$user")
[ -n "$password" ] && mysql_args+=("-p$password")
mysql "${mysql_args[@]}" -e "DROP DATABASE IF EXISTS \`$db\`; CREATE DATABASE \`$db\` CHARACTER SET utf8mb4"

url="jdbc:mysql://$host:$dbport/$db"
PORTAL_DB_URL="$url" PORTAL_DB_USER="$user" PORTAL_DB_PASSWORD="$password" \
  PORTAL_PORT="$port" PAYARA_MICRO_JAR="$jar" PORTAL_WAR="$war" PORTAL_DEMO_DATA=true \
  PORTAL_DATA_DIR="$(mktemp -d)" JAVA_OPTS="${BENCH_PORTAL_JAVA_OPTS:--Xmx2g}" \
  bash docker/start-portal.sh >"$log" 2>&1 &
portal=$!
trap 'kill "$portal" 2>/dev/null || true; wait "$portal" 2>/dev/null || true' EXIT
echo "portal starting (pid $portal, log $log)"
for _ in $(seq 1 180); do
  if curl -fs "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1; then break; fi
  kill -0 "$portal" 2>/dev/null || { tail -50 "$log"; exit 1; }
  sleep 1
done
curl -fs "http://127.0.0.1:$port/health/ready" >/dev/null || { tail -50 "$log"; exit 1; }

java -Drows="${BENCH_ROWS:-1000000}" -DperRequest="${BENCH_PER_REQUEST:-50000}" \
  -Dbatch="${BENCH_BATCH:-1000}" -cp "$driver" bench/FeedsIngestBench.java \
  "http://127.0.0.1:$port/" "$url" "$user" "$password"
