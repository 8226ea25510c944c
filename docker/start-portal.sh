#!/usr/bin/env bash
# Starts the portal on Payara Micro. The container's command, the README's Run command and
# the start-script integration test all go through this one script.
#
# Environment (all optional):
#   PORTAL_PORT          HTTP port (8080)
#   PORTAL_CLUSTER_MODE  "off" (default: Hazelcast disabled, fastest single-node start), or a
#                        Payara Micro --clustermode value: multicast:GROUP:PORT |
#                        kubernetes:NAMESPACE,SERVICE | domain:HOST:PORT | tcpip:HOST:PORT,...
#   PORTAL_CLUSTER_NAME  Hazelcast cluster name when clustered (shoreline)
#   PORTAL_INSTANCE_NAME name of this instance in the cluster (Payara picks one)
#   PORTAL_CLUSTER_START_PORT  the data grid's first port (Payara's default, 6900)
#   PORTAL_CLUSTER_INTERFACES  the interfaces the data grid binds to, e.g. 127.0.0.1 (all)
#   PORTAL_CLUSTER_HOST_AWARE  "false" keeps session backups on members of the same host (two
#                        instances on one machine); Payara's default, true, keeps them only
#                        on other hosts, so a single-host cluster would keep none
#   PAYARA_MICRO_JAR     the Payara Micro jar (/opt/payara/payara-micro.jar, as in the image)
#   PORTAL_WAR           the portal WAR (/opt/payara/deployments/ROOT.war)
#   JAVA_OPTS            extra JVM options
#   PORTAL_EXTRA_WARS    more WARs to deploy beside the portal, space-separated, each at
#                        /<its name without .war> (the benchmarks' reference, bench/reference)
# The application itself reads PORTAL_DB_URL, PORTAL_DB_USER, PORTAL_DB_PASSWORD,
# PORTAL_DATA_DIR and PORTAL_DEMO_DATA (see README.md).
set -euo pipefail

port="${PORTAL_PORT:-8080}"
jar="${PAYARA_MICRO_JAR:-/opt/payara/payara-micro.jar}"
war="${PORTAL_WAR:-/opt/payara/deployments/ROOT.war}"
cluster="${PORTAL_CLUSTER_MODE:-off}"

for file in "$jar" "$war"; do
  [ -f "$file" ] || { echo "start-portal: $file not found" >&2; exit 2; }
done

args=(--deploy "$war" --contextroot / --port "$port")
for extra in ${PORTAL_EXTRA_WARS:-}; do
  [ -f "$extra" ] || { echo "start-portal: $extra not found" >&2; exit 2; }
  args+=(--deploy "$extra:/$(basename "$extra" .war)")
done
if [ "$cluster" = "off" ]; then
  # Without Hazelcast, sessions stay in memory: left on, the web container's session
  # availability tried (and failed, logging a stack trace) to load each session from the
  # missing Hazelcast store four times per request.
  preboot="$(mktemp -t portal-preboot.XXXXXX)"
  echo "set configs.config.server-config.availability-service.web-container-availability.availability-enabled=false" >"$preboot"
  args+=(--nohazelcast --prebootcommandfile "$preboot")
else
  args+=(--clustermode "$cluster" --clustername "${PORTAL_CLUSTER_NAME:-shoreline}")
  [ -n "${PORTAL_INSTANCE_NAME:-}" ] && args+=(--name "$PORTAL_INSTANCE_NAME")
  [ -n "${PORTAL_CLUSTER_START_PORT:-}" ] && args+=(--startport "$PORTAL_CLUSTER_START_PORT")
  [ -n "${PORTAL_CLUSTER_INTERFACES:-}" ] && args+=(--interfaces "$PORTAL_CLUSTER_INTERFACES")
  [ "${PORTAL_CLUSTER_HOST_AWARE:-true}" = "false" ] && args+=(--nohostaware)
fi

# shellcheck disable=SC2086 # JAVA_OPTS is a list of options
exec java ${JAVA_OPTS:-} -jar "$jar" "${args[@]}"
