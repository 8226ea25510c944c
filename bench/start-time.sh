#!/usr/bin/env bash
# The start-time benchmark (bench/README.md), one repeatable command:
#   bench/start-time.sh [--runs N]      (N = 3 by default)
# Measures the wall time from process spawn to ready of
#   (a) Payara Micro with no application: ready when its HTTP listener answers any status on /,
#   (b) the portal, started by docker/start-portal.sh (the production start): ready when
#       GET /health/ready answers 200,
# with the same jar, the same JVM options and the same flags (--nohazelcast --port P), one after
# the other in each run, on a MariaDB/MySQL database that is migrated once before the timed runs
# (so every timed start finds its schema up to date, as a restarted production node does).
# Prints each run, the medians and the ratio portal/empty against the goal of issue 10 (<= 2.0).
#
# Environment (all optional):
#   BENCH_DB_HOST (127.0.0.1)  BENCH_DB_PORT (3306)  BENCH_DB_USER (root)  BENCH_DB_PASSWORD ()
#   BENCH_DB_NAME (portal_bench_start: dropped and recreated; a name without "bench" is refused)
#   BENCH_PORT (8490)
#   BENCH_JAVA_OPTS (the image's JAVA_OPTS: -XX:MaxRAMPercentage=60.0 -Xss512k), for both sides
#   BENCH_TIMEOUT (300: seconds a start may take before the run fails)
#   BENCH_SKIP_BUILD=1 to reuse portal-web/target/ROOT.war and payara-micro.jar
set -euo pipefail
cd "$(dirname "$0")/.."

runs=3
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    *) echo "usage: bench/start-time.sh [--runs N]" >&2; exit 2 ;;
  esac
done
[[ "$runs" =~ ^[1-9][0-9]*$ ]] || { echo "start-time: --runs needs a positive number" >&2; exit 2; }

host="${BENCH_DB_HOST:-127.0.0.1}"
dbport="${BENCH_DB_PORT:-3306}"
user="${BENCH_DB_USER:-root}"
password="${BENCH_DB_PASSWORD:-}"
db="${BENCH_DB_NAME:-portal_bench_start}"
port="${BENCH_PORT:-8490}"
java_opts="${BENCH_JAVA_OPTS:--XX:MaxRAMPercentage=60.0 -Xss512k}"
timeout="${BENCH_TIMEOUT:-300}"
jar=portal-web/target/payara-micro.jar
war=portal-web/target/ROOT.war
work="$(mktemp -d -t start-time.XXXXXX)"
server=""
seconds=""
cpu=""

[[ "$db" == *bench* ]] || { echo "start-time: refusing to recreate $db (no 'bench' in its name)" >&2; exit 2; }

stop_server() {
  [ -n "$server" ] || return 0
  kill "$server" 2>/dev/null || true
  wait "$server" 2>/dev/null || true
  server=""
  poll_until 60 port_is_free || { echo "start-time: port $port still in use" >&2; exit 1; }
}
trap 'stop_server; rm -rf "$work"' EXIT

# --- polling: every 50 ms, with no sleep of seconds anywhere ---------------------------------

# microseconds since the epoch (bash 5's EPOCHREALTIME: no date process)
now_us() { echo "${EPOCHREALTIME/./}"; }

# poll_until SECONDS COMMAND...: runs COMMAND every 50 ms until it succeeds (0) or SECONDS pass (1);
# gives up at once (1) when the server being waited for has exited.
poll_until() {
  local deadline=$(($(now_us) + $1 * 1000000))
  shift
  until "$@"; do
    if [ -n "$server" ] && ! kill -0 "$server" 2>/dev/null; then return 1; fi
    [ "$(now_us)" -lt "$deadline" ] || return 1
    sleep 0.05
  done
}

http_status() { curl -s -o /dev/null --max-time 2 -w '%{http_code}' "http://127.0.0.1:$port$1" || true; }
answers_any_status() { [ "$(http_status /)" != "000" ]; }
portal_is_ready() { [ "$(http_status /health/ready)" = "200" ]; }
port_is_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; }

# --- the two sides ---------------------------------------------------------------------------

portal_env=(PORTAL_DB_URL="jdbc:mysql://$host:$dbport/$db" PORTAL_DB_USER="$user"
  PORTAL_DB_PASSWORD="$password" PORTAL_DEMO_DATA=false PORTAL_DATA_DIR="$work/data"
  PORTAL_PORT="$port" PAYARA_MICRO_JAR="$jar" PORTAL_WAR="$war" JAVA_OPTS="$java_opts")

start_portal() {
  env "${portal_env[@]}" bash docker/start-portal.sh >"$work/$1.log" 2>&1 &
  server=$!
}

# What start-portal.sh runs with PORTAL_CLUSTER_MODE=off, less the WAR and its context root.
start_empty() {
  # shellcheck disable=SC2086 # java_opts is a list of options
  java $java_opts -jar "$jar" --port "$port" --nohazelcast >"$work/$1.log" 2>&1 &
  server=$!
}

# CPU seconds (user + system, all threads: the JIT compilers too) the server has used so far: on a
# shared machine a steadier figure than wall time, as it does not count the time spent waiting for
# a core.
cpu_seconds() { awk '{ printf "%.1f", ($14 + $15) / 100 }' "/proc/$server/stat"; }

# timed_start SIDE LOG READY_CHECK: sets seconds to the time from spawn to ready and cpu to the CPU
# time used until then, then stops the server (and waits for its port) before the next start.
timed_start() {
  local started elapsed
  started=$(now_us)
  "start_$1" "$2"
  if ! poll_until "$timeout" "$3"; then
    echo "start-time: $1 not ready within ${timeout} s; its log:" >&2
    tail -40 "$work/$2.log" >&2
    exit 1
  fi
  elapsed=$(($(now_us) - started))
  cpu=$(cpu_seconds)
  stop_server
  seconds=$(printf '%d.%03d' $((elapsed / 1000000)) $((elapsed % 1000000 / 1000)))
}

median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# --- the run -----------------------------------------------------------------------------------

if [ "${BENCH_SKIP_BUILD:-0}" != "1" ]; then
  ./mvnw -B -ntp -q -DskipTests package -pl portal-web -am
fi
port_is_free || { echo "start-time: port $port is in use" >&2; exit 1; }

mysql_args=(-h "$host" -P "$dbport" -u "$user")
[ -n "$password" ] && mysql_args+=("-p$password")
mysql "${mysql_args[@]}" -e "DROP DATABASE IF EXISTS \`$db\`; CREATE DATABASE \`$db\` CHARACTER SET utf8mb4"

echo "migrating $db (one untimed portal start)"
start_portal migrate
poll_until "$timeout" portal_is_ready || { tail -40 "$work/migrate.log" >&2; exit 1; }
stop_server

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores"
empty=() portal=() empty_cpu=() portal_cpu=()
for ((run = 1; run <= runs; run++)); do
  timed_start empty "empty-$run" answers_any_status
  empty+=("$seconds") empty_cpu+=("$cpu")
  timed_start portal "portal-$run" portal_is_ready
  portal+=("$seconds") portal_cpu+=("$cpu")
  printf 'run %d: empty Payara Micro %6.2f s (CPU %5.1f s)   portal %6.2f s (CPU %5.1f s)\n' \
    "$run" "${empty[-1]}" "${empty_cpu[-1]}" "${portal[-1]}" "${portal_cpu[-1]}"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

empty_median=$(median "${empty[@]}")
portal_median=$(median "${portal[@]}")
ratio=$(awk -v p="$portal_median" -v e="$empty_median" 'BEGIN { printf "%.2f", p / e }')
verdict=$(awk -v r="$ratio" 'BEGIN { print (r <= 2.0) ? "met" : "NOT met" }')
printf 'median of %d: empty Payara Micro %.2f s, portal %.2f s\n' "$runs" "$empty_median" "$portal_median"
printf 'ratio portal/empty: %s (goal <= 2.0: %s)\n' "$ratio" "$verdict"
printf 'CPU time until ready, medians: empty %.1f s, portal %.1f s\n' \
  "$(median "${empty_cpu[@]}")" "$(median "${portal_cpu[@]}")"
