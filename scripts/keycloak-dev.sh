#!/usr/bin/env bash
# Runs Keycloak 26.4.7 on 127.0.0.1 with the realm of k8s/keycloak/ (DEV ONLY: its secrets are public).
# Keycloak comes from Maven Central (org.keycloak:keycloak-quarkus-dist), unpacked under target/keycloak.
#
#   scripts/keycloak-dev.sh            # foreground, Ctrl-C stops it
#   scripts/keycloak-dev.sh --start    # background; waits until the realm answers; prints the issuer URL
#   scripts/keycloak-dev.sh --stop     # stops a background Keycloak
#
# Then: EF_DEV_OIDC_URL=http://127.0.0.1:8180/realms/emploi-formation ./mvnw quarkus:dev
set -euo pipefail
cd "$(dirname "$0")/.."

KC_VERSION=26.4.7
KC_PORT=${KC_PORT:-8180}
KC_MANAGEMENT_PORT=${KC_MANAGEMENT_PORT:-9180}
BASE=target/keycloak
KC_HOME=$BASE/keycloak-$KC_VERSION
PID_FILE=$BASE/keycloak.pid
ISSUER=http://127.0.0.1:$KC_PORT/realms/emploi-formation

if [ "${1:-}" = "--stop" ]; then
  if [ -f "$PID_FILE" ]; then kill "$(cat "$PID_FILE")" 2>/dev/null || true; rm -f "$PID_FILE"; fi
  exit 0
fi

if [ ! -x "$KC_HOME/bin/kc.sh" ]; then
  echo "Fetching Keycloak $KC_VERSION from Maven Central..." >&2
  ./mvnw -B -q dependency:copy -Dartifact=org.keycloak:keycloak-quarkus-dist:$KC_VERSION:zip -DoutputDirectory=$BASE
  (cd $BASE && jar xf keycloak-quarkus-dist-$KC_VERSION.zip) 2>/dev/null || unzip -q -o $BASE/keycloak-quarkus-dist-$KC_VERSION.zip -d $BASE
  chmod +x $KC_HOME/bin/*.sh
fi
mkdir -p $KC_HOME/data/import
cp k8s/keycloak/realm-emploi-formation.json $KC_HOME/data/import/

export KC_BOOTSTRAP_ADMIN_USERNAME=admin
export KC_BOOTSTRAP_ADMIN_PASSWORD=dev-only-admin
ARGS=(start-dev --http-host=127.0.0.1 --http-port="$KC_PORT" --http-management-port="$KC_MANAGEMENT_PORT"
      --hostname="http://127.0.0.1:$KC_PORT" --import-realm --health-enabled=true)

if [ "${1:-}" = "--start" ]; then
  nohup $KC_HOME/bin/kc.sh "${ARGS[@]}" > $BASE/keycloak.log 2>&1 &
  echo $! > "$PID_FILE"
  for _ in $(seq 1 120); do
    if curl -fs "$ISSUER/.well-known/openid-configuration" > /dev/null 2>&1; then
      echo "$ISSUER"
      exit 0
    fi
    sleep 1
  done
  echo "Keycloak did not become ready in 120 s; see $BASE/keycloak.log" >&2
  exit 1
fi
exec $KC_HOME/bin/kc.sh "${ARGS[@]}"
