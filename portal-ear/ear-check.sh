#!/usr/bin/env bash
# EAR check: Payara Micro does not deploy EARs, so the EAR is proven on Payara Server 6. Unpacks
# the server (from Maven Central) under portal-ear/target, creates a throwaway domain on free
# ports, deploys target/portal.ear, expects the login page with HTTP 200, and stops the domain.
# Run after `./mvnw package`. Uses the embedded H2 database under portal-ear/target.
set -euo pipefail
cd "$(dirname "$0")"

version=$(sed -n 's:.*<payara.server.version>\(.*\)</payara.server.version>.*:\1:p' ../pom.xml)
work="$PWD/target/payara-server"
ear="$PWD/target/portal.ear"
domain=portal-ear-check
portbase=${EAR_CHECK_PORTBASE:-28000}
admin_port=$((portbase + 48))
http_port=$((portbase + 80))

[ -f "$ear" ] || { echo "ear-check: $ear not found; run ./mvnw package first" >&2; exit 2; }

../mvnw -q -B dependency:copy -Dartifact="fish.payara.distributions:payara:$version:zip" \
  -DoutputDirectory="$work" -Dmdep.overWriteReleases=false
rm -rf "$work/payara6"
unzip -q "$work/payara-$version.zip" -d "$work"
asadmin="$work/payara6/bin/asadmin"

started=$(date +%s)
"$asadmin" --interactive=false create-domain --portbase "$portbase" --nopassword "$domain" >/dev/null
export PORTAL_DATA_DIR="$work/data"
export PORTAL_DB_URL=""  # the check uses the embedded database, whatever the caller configured
"$asadmin" start-domain "$domain"
trap '"$asadmin" stop-domain "$domain" >/dev/null || true' EXIT

"$asadmin" --port "$admin_port" deploy --name portal "$ear"

status=$(curl -s -o "$work/login.html" -w '%{http_code}' "http://127.0.0.1:$http_port/login.xhtml")
if [ "$status" != 200 ] || ! grep -q '<h1>Sign in</h1>' "$work/login.html"; then
  echo "ear-check: FAILED, login page answered HTTP $status" >&2
  tail -n 60 "$work/payara6/glassfish/domains/$domain/logs/server.log" >&2 || true
  exit 1
fi
echo "ear-check: EAR deployed on Payara Server $version, login page HTTP 200 ($(($(date +%s) - started)) s)"
