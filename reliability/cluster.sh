#!/usr/bin/env bash
# Issue 11, cluster failover: two portal instances in one Hazelcast cluster on loopback (HTTP 8591
# and 8592, data grid 6900 and 6901) against the same MySQL database, behind nginx on 8590 with
# the production configuration (docker/nginx.conf: sticky sessions on the session id's jvmRoute
# suffix, the other instance as backup), adapted to loopback. The check (bench/load, "failover"):
#   - sign-in failures spread over both nodes lock the account on both (throttling);
#   - a person signs in through nginx; a colleague opens the thread on the other node and gets a
#     post the person writes there at once (live update across nodes);
#   - the node serving the person is killed (kill -9): the page they had open still posts its form
#     (view state), they are still signed in with the right to write (session, roles), and their
#     session moved to the other node;
#   - every post acknowledged before and after the kill is in the database.
# Variables (all optional): CLUSTER_PORT (8590), BENCH_SKIP_BUILD=1, and the database variables
# of bench/lib/common.sh. Needs nginx (installed from Debian when missing).
source "$(dirname "$0")/../bench/lib/common.sh"

lb_port="${CLUSTER_PORT:-8590}"
node_ports=($((lb_port + 1)) $((lb_port + 2)))
BENCH_SMALL_DB=portal_bench_cluster
BENCH_LARGE_DB=portal_bench_cluster
work="$(mktemp -d -t portal-cluster.XXXXXX)"
trap 'bench_stop_all; rm -rf "$work"' EXIT

command -v nginx >/dev/null || {
  echo "installing nginx (Debian package)"
  apt-get install -y -q nginx-light >/dev/null ||
    { apt-get update -q >/dev/null && apt-get install -y -q nginx-light >/dev/null; }
}

# docker/nginx.conf on loopback: its upstreams at the two local ports, its files under $work
nginx_conf() {
  sed -e '/^ *resolver /d' \
    -e "s|server portal-1:8080 resolve|server 127.0.0.1:${node_ports[0]}|" \
    -e "s|server portal-2:8080 resolve|server 127.0.0.1:${node_ports[1]}|" \
    -e "s|listen 80;|listen 127.0.0.1:$lb_port;|" \
    -e "s|/var/log/nginx/|$work/|" -e "s|/var/run/nginx.pid|$work/nginx.pid|" \
    docker/nginx.conf >"$work/nginx.conf"
}

bench_build
bench_mysql -e "DROP DATABASE IF EXISTS portal_bench_cluster"
bench_dataset portal_bench_cluster 0.01

pids=()
for i in 1 2; do
  PORTAL_CLUSTER_MODE="tcpip:127.0.0.1:6900,127.0.0.1:6901" PORTAL_INSTANCE_NAME="portal-$i" \
    PORTAL_CLUSTER_START_PORT=$((6899 + i)) PORTAL_CLUSTER_INTERFACES=127.0.0.1 \
    PORTAL_CLUSTER_HOST_AWARE=false PORTAL_HTTP_TRUSTED_PROXIES=127.0.0.1 \
    BENCH_PORTAL_JAVA_OPTS="-Xmx1g -DjvmRoute=portal-$i" \
    bench_start portal_bench_cluster "${node_ports[$((i - 1))]}"
  pids+=("${BENCH_PIDS[-1]}")
done

nginx_conf
nginx -t -c "$work/nginx.conf" -q
nginx -c "$work/nginx.conf" -g 'daemon off;' &
BENCH_PIDS+=($!)
for _ in $(seq 1 50); do curl -fs "http://127.0.0.1:$lb_port/health/ready" >/dev/null && break; sleep 0.2; done

# exits 3 when a check failed, after printing every check (and then nginx's complaints)
status=0
java -jar bench/load/target/load.jar failover --portal "http://127.0.0.1:$lb_port" \
  --node-1 "http://127.0.0.1:${node_ports[0]}" --node-2 "http://127.0.0.1:${node_ports[1]}" \
  --node-1-pid "${pids[0]}" --node-2-pid "${pids[1]}" \
  --db "$(bench_jdbc_url portal_bench_cluster)" --db-user "$BENCH_DB_USER" \
  --db-password "$BENCH_DB_PASSWORD" || status=$?
if [ "$status" != 0 ]; then
  echo "nginx's error log:"
  tail -20 "$work/error.log"
fi
exit "$status"
