# Shared by the page and API benchmarks (sourced, not run): builds what they need, makes sure the
# generated datasets exist, starts the portal with the reference app beside it, and stops every
# server it started when the script exits. Variables (all optional):
#   BENCH_DB_HOST/PORT/USER/PASSWORD  the MySQL/MariaDB server (127.0.0.1:3306, root, empty)
#   BENCH_SMALL_DB / BENCH_LARGE_DB   the datasets' databases (portal_bench_small / _large)
#   BENCH_SKIP_BUILD=1                reuse the WARs and the load client already built
#   BENCH_REGENERATE=1                generate the datasets again even if they exist
#   BENCH_PORTAL_JAVA_OPTS            the portal's JVM options (-Xmx2g)
#   BENCH_SCHEDULED_JOBS=false        the portal's timers off (reminders, digest, feed freshness)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."

BENCH_DB_HOST="${BENCH_DB_HOST:-127.0.0.1}"
BENCH_DB_PORT="${BENCH_DB_PORT:-3306}"
BENCH_DB_USER="${BENCH_DB_USER:-root}"
BENCH_DB_PASSWORD="${BENCH_DB_PASSWORD:-}"
BENCH_SMALL_DB="${BENCH_SMALL_DB:-portal_bench_small}"
BENCH_LARGE_DB="${BENCH_LARGE_DB:-portal_bench_large}"
# The portal signs in to the database as its own user, so that the statement count can tell its
# connections from the load client's and from anyone else's (a local benchmark account, no secret).
BENCH_PORTAL_DB_USER=bench_portal
BENCH_PORTAL_DB_PASSWORD=bench_portal
BENCH_PIDS=()
BENCH_LOGS=()

bench_stop_all() {
  for pid in "${BENCH_PIDS[@]}"; do
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
}
trap bench_stop_all EXIT

bench_require_tools() {
  if ! command -v wrk >/dev/null; then
    echo "installing wrk (Debian package)"
    apt-get install -y -q wrk >/dev/null || { apt-get update -q >/dev/null && apt-get install -y -q wrk >/dev/null; }
  fi
}

bench_mysql() {
  local args=(-h "$BENCH_DB_HOST" -P "$BENCH_DB_PORT" -u "$BENCH_DB_USER")
  [ -n "$BENCH_DB_PASSWORD" ] && args+=("-p$BENCH_DB_PASSWORD")
  mysql "${args[@]}" "$@"
}

bench_portal_user() {
  bench_mysql -e "CREATE USER IF NOT EXISTS '$BENCH_PORTAL_DB_USER'@'%' IDENTIFIED BY '$BENCH_PORTAL_DB_PASSWORD';
    GRANT ALL PRIVILEGES ON \`$BENCH_SMALL_DB\`.* TO '$BENCH_PORTAL_DB_USER'@'%';
    GRANT ALL PRIVILEGES ON \`$BENCH_LARGE_DB\`.* TO '$BENCH_PORTAL_DB_USER'@'%';"
}

bench_jdbc_url() {
  echo "jdbc:mysql://$BENCH_DB_HOST:$BENCH_DB_PORT/$1"
}

bench_build() {
  bench_require_tools
  if [ "${BENCH_SKIP_BUILD:-0}" != "1" ]; then
    ./mvnw -B -ntp -q -DskipTests package -pl portal-web -am
    ./mvnw -B -ntp -q -DskipTests package -f bench/reference/pom.xml
    ./mvnw -B -ntp -q -DskipTests package -f bench/load/pom.xml
  fi
}

# bench_dataset DB SCALE: generates the dataset unless its database already holds one.
bench_dataset() {
  local db="$1" scale="$2" posts
  posts="$(bench_mysql -N -e "SELECT COUNT(*) FROM \`$db\`.post" 2>/dev/null || echo 0)"
  if [ "${BENCH_REGENERATE:-0}" = "1" ] || [ "$posts" = "0" ]; then
    echo "generating $db at scale $scale"
    PORTAL_DB_URL="$(bench_jdbc_url "$db")" PORTAL_DB_USER="$BENCH_DB_USER" \
      PORTAL_DB_PASSWORD="$BENCH_DB_PASSWORD" bash bench/generate-data.sh --scale "$scale"
  else
    echo "$db: $posts posts (generated before; BENCH_REGENERATE=1 makes it again)"
  fi
}

# bench_start DB PORT: the portal on the dataset, bench/reference beside it, as production starts
# it (docker/start-portal.sh); returns once /health/ready answers.
bench_start() {
  local db="$1" port="$2" log data
  log="$(mktemp -t "portal-bench-$port.XXXXXX.log")"
  data="$(mktemp -d)"
  bench_portal_user
  PORTAL_DB_URL="$(bench_jdbc_url "$db")" PORTAL_DB_USER="$BENCH_PORTAL_DB_USER" \
    PORTAL_DB_PASSWORD="$BENCH_PORTAL_DB_PASSWORD" PORTAL_PORT="$port" PORTAL_DEMO_DATA=false \
    PORTAL_DATA_DIR="$data" PORTAL_SCHEDULED_JOBS="${BENCH_SCHEDULED_JOBS:-true}" \
    PAYARA_MICRO_JAR=portal-web/target/payara-micro.jar \
    PORTAL_WAR=portal-web/target/ROOT.war PORTAL_EXTRA_WARS=bench/reference/target/reference.war \
    JAVA_OPTS="${BENCH_PORTAL_JAVA_OPTS:--Xmx2g}" bash docker/start-portal.sh >"$log" 2>&1 &
  local pid=$!
  BENCH_PIDS+=("$pid")
  BENCH_LOGS+=("$log")
  echo "portal on $db starting at :$port (pid $pid, log $log)"
  for _ in $(seq 1 600); do
    if curl -fs "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1 \
      && curl -fs "http://127.0.0.1:$port/reference/api/ping" >/dev/null 2>&1; then
      return 0
    fi
    kill -0 "$pid" 2>/dev/null || { tail -50 "$log"; return 1; }
    sleep 0.5
  done
  tail -50 "$log"
  return 1
}

# bench_load BENCHMARK OPTIONS…: the load client (wrk underneath) with the database credentials.
bench_load() {
  local status=0
  java -jar bench/load/target/load.jar "$@" --db-user "$BENCH_DB_USER" \
    --db-password "$BENCH_DB_PASSWORD" --portal-db-user "$BENCH_PORTAL_DB_USER" || status=$?
  # 3: a goal was missed; the figures are printed all the same
  [ "$status" = 0 ] || [ "$status" = 3 ] || exit "$status"
}
