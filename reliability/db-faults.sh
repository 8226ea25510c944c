#!/usr/bin/env bash
# Issue 11, database faults: under a steady load of signed-in people (each reading the thread page
# and writing a post through the REST API in turn), the database server is stopped and, 10 s
# later, started again. Prints the answers before, during and after, the time the portal took to
# recover once the database was back (goal: 10 s), and the acknowledged posts missing from the
# database afterwards (goal: none). The server is a private MariaDB on 127.0.0.1:3407 made for the
# run, filled with the generated dataset at scale 0.01, so nothing else on the machine is touched.
#
# Variables (all optional): FAULT_DB_PORT (3407), FAULT_PORTAL_PORT (8591), FAULT_WORKERS (8),
# FAULT_BEFORE / FAULT_DOWN / FAULT_AFTER seconds (20 / 10 / 30), BENCH_SKIP_BUILD=1.
source "$(dirname "$0")/../bench/lib/common.sh"

FAULT_DB_PORT="${FAULT_DB_PORT:-3407}"
FAULT_PORTAL_PORT="${FAULT_PORTAL_PORT:-8591}"
server="$(mktemp -d -t portal-fault-db.XXXXXX)"
db_command() { echo "bash reliability/lib/mariadb-server.sh $1 $server $FAULT_DB_PORT"; }

stop_everything() {
  bench_stop_all
  $(db_command stop) || true
  rm -rf "$server"
}
trap stop_everything EXIT

# the benchmarks' helpers, pointed at the private server
BENCH_DB_PORT="$FAULT_DB_PORT"
BENCH_SMALL_DB=portal_bench_faults
BENCH_LARGE_DB=portal_bench_faults

bench_build
$(db_command init)
$(db_command start)
bench_dataset portal_bench_faults 0.01
bench_start portal_bench_faults "$FAULT_PORTAL_PORT"

# exits 3 when a goal was missed, after printing the figures
java -jar bench/load/target/load.jar db-faults --portal "http://127.0.0.1:$FAULT_PORTAL_PORT" \
  --db "$(bench_jdbc_url portal_bench_faults)" --workers "${FAULT_WORKERS:-8}" \
  --before "${FAULT_BEFORE:-20}" --down "${FAULT_DOWN:-10}" --after "${FAULT_AFTER:-30}" \
  --stop-command "$(db_command stop)" --start-command "$(db_command start)" \
  --db-user "$BENCH_DB_USER" --db-password "$BENCH_DB_PASSWORD"
