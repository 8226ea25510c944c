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
  args+=(--nohazelcast)
else
  args+=(--clustermode "$cluster" --clustername "${PORTAL_CLUSTER_NAME:-shoreline}")
  [ -n "${PORTAL_INSTANCE_NAME:-}" ] && args+=(--name "$PORTAL_INSTANCE_NAME")
fi

# shellcheck disable=SC2086 # JAVA_OPTS is a list of options
exec java ${JAVA_OPTS:-} -jar "$jar" "${args[@]}"
