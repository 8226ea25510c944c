#!/usr/bin/env bash
# A private MariaDB server on loopback for the fault checks, so that stopping it touches no other
# database of the machine. Usage: mariadb-server.sh init|start|stop DIR PORT
#   init   makes an empty server in DIR (root without password, loopback only)
#   start  starts it and returns once it accepts connections
#   stop   shuts it down cleanly and returns once it has exited
set -euo pipefail
command="$1" dir="$2" port="$3"

ping_server() {
  mariadb-admin --protocol=tcp -h 127.0.0.1 -P "$port" -u root ping >/dev/null 2>&1
}

case "$command" in
  init)
    mkdir -p "$dir"
    mariadb-install-db --no-defaults --datadir="$dir/data" --user="$(id -un)" \
      --auth-root-authentication-method=normal --skip-test-db >"$dir/install.log" 2>&1
    ;;
  start)
    mariadbd --no-defaults --datadir="$dir/data" --port="$port" --bind-address=127.0.0.1 \
      --socket="$dir/mysqld.sock" --pid-file="$dir/mysqld.pid" --user="$(id -un)" \
      --log-error="$dir/error.log" --innodb-buffer-pool-size=256M \
      --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci \
      </dev/null >/dev/null 2>&1 &
    for _ in $(seq 1 600); do
      ping_server && exit 0
      sleep 0.1
    done
    echo "the private MariaDB did not start; $dir/error.log:" >&2
    tail -20 "$dir/error.log" >&2
    exit 1
    ;;
  stop)
    pid="$(cat "$dir/mysqld.pid" 2>/dev/null || true)"
    [ -n "$pid" ] || exit 0
    mariadb-admin --protocol=tcp -h 127.0.0.1 -P "$port" -u root shutdown || kill "$pid" 2>/dev/null || true
    while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
    ;;
  *)
    echo "usage: $0 init|start|stop DIR PORT" >&2
    exit 2
    ;;
esac
