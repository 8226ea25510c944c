#!/usr/bin/env bash
# Container health check: GET http://127.0.0.1:$PORTAL_PORT<path> (path /health unless given as
# the first argument) and succeed only on HTTP 200. Payara Micro serves MicroProfile Health at
# /health, /health/ready, /health/live and /health/started; they answer 503 while a check is DOWN.
# Plain bash (/dev/tcp), because curl and wget cannot be relied on in the payara/micro image.
set -euo pipefail

path="${1:-/health}"
port="${PORTAL_PORT:-8080}"

exec 3<>"/dev/tcp/127.0.0.1/${port}"
printf 'GET %s HTTP/1.0\r\nHost: localhost\r\nConnection: close\r\n\r\n' "$path" >&3
status=""
IFS= read -r -t 5 status <&3 || true
exec 3<&-

case "$status" in
  "HTTP/1."?" 200 "* | "HTTP/1."?" 200"$'\r') exit 0 ;;
  *)
    echo "healthcheck: GET $path on port $port answered '${status%$'\r'}'" >&2
    exit 1
    ;;
esac
