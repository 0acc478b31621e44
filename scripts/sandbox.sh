#!/usr/bin/env bash
# The partners' sandbox on this machine, as k8s/overlays/sandbox runs it (issue #23): the packaged application with
# EF_SANDBOX_ENABLED (the demo dataset, reloaded at every start) and Swagger UI on, a PostgreSQL of its own, and
# Keycloak 26.4.7 with the demo clients of the README (scripts/keycloak-dev.sh).
#   scripts/sandbox.sh            runs until Ctrl-C: http://127.0.0.1:8090/q/swagger-ui
#   scripts/sandbox.sh --guides   runs the partner guides against it through Prism's validating proxy
#                                 (scripts/partners/guides.sh), Swagger UI in headless Chromium
#                                 (scripts/partners/swagger-ui/), restarts it and shows the reset, then stops (CI)
# Needs the packaged application (./mvnw package -DskipTests); --guides needs npm and Chromium (apt: chromium).
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${SANDBOX_PORT:-8090} PGPORT=${SANDBOX_PGPORT:-25447}
WORK=target/sandbox
rm -rf "$WORK" && mkdir -p "$WORK"
[ -f target/quarkus-app/quarkus-run.jar ] || { echo "package the application first: ./mvnw package -DskipTests" >&2; exit 1; }

. scripts/lib/local-postgres.sh
local_pg_init "$WORK/pgdata" "$PGPORT"
APP=""
cleanup() {
  [ -n "$APP" ] && kill "$APP" 2> /dev/null && wait "$APP" 2> /dev/null || true
  pkill -f "prism proxy .*-p ${PRISM_PORT:-none}" 2> /dev/null || true
  local_pg_stop
  scripts/keycloak-dev.sh --stop
}
trap cleanup EXIT
ISSUER=$(scripts/keycloak-dev.sh --start)
SECRET_KEY=$(head -c 32 /dev/urandom | base64)

start() {
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$PGPORT/emploi" QUARKUS_DATASOURCE_USERNAME=postgres \
  QUARKUS_DATASOURCE_PASSWORD=unused QUARKUS_OIDC_AUTH_SERVER_URL="$ISSUER" QUARKUS_HTTP_PORT=$PORT \
  EF_SANDBOX_ENABLED=true QUARKUS_SWAGGER_UI_ENABLE=true EF_WEBHOOKS_SECRET_KEY="$SECRET_KEY" \
    java -jar target/quarkus-app/quarkus-run.jar >> "$WORK/app.log" 2>&1 &
  APP=$!
  for _ in $(seq 1 120); do
    curl -fs -o /dev/null "http://127.0.0.1:$PORT/q/health/ready" 2> /dev/null && return
    kill -0 "$APP" 2> /dev/null || break
    sleep 0.5
  done
  echo "the sandbox did not start; see $WORK/app.log" >&2
  exit 1
}
stop() { kill "$APP"; wait "$APP" 2> /dev/null || true; APP=""; }
psql() { "$PGBIN/psql" -h 127.0.0.1 -p "$PGPORT" -U postgres -d emploi -tAc "$1"; }

start
echo "sandbox: http://127.0.0.1:$PORT (Swagger UI: /q/swagger-ui, contract: /q/openapi), tokens from $ISSUER"
if [ "${1:-}" != "--guides" ]; then
  echo "Ctrl-C stops it"
  wait "$APP"
  exit
fi

# The guides through Prism's validating proxy (@stoplight/prism-cli, from npm): every request and every answer checked
# against openapi/openapi.yaml; with --errors a violation is answered as an error, so the guide's curl -f fails.
PRISM_PORT=${SANDBOX_PRISM_PORT:-4010}
npx --yes @stoplight/prism-cli@5.16.0 proxy openapi/openapi.yaml "http://127.0.0.1:$PORT" --errors -h 127.0.0.1 \
  -p "$PRISM_PORT" > "$WORK/prism.log" 2>&1 &
for _ in $(seq 1 120); do grep -q "Prism is listening" "$WORK/prism.log" 2> /dev/null && break; sleep 0.5; done
scripts/partners/guides.sh "http://127.0.0.1:$PRISM_PORT" "$ISSUER" | tee "$WORK/guides.txt"
exchanges=$(grep -c "Request received" "$WORK/prism.log" || true)
violations=$(grep -cE "✖|Violation" "$WORK/prism.log" || true)
# the control: a request the contract forbids (size is an integer) is refused by the proxy and counted as a violation
REGION=$(curl -fsS -d grant_type=client_credentials -d client_id=region-tool -d client_secret=dev-only-region-tool-secret \
  "$ISSUER/protocol/openid-connect/token" | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])')
control=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $REGION" \
  "http://127.0.0.1:$PRISM_PORT/api/v1/hiring-intentions?size=many")
sleep 1
pkill -f "prism proxy .*-p $PRISM_PORT" 2> /dev/null || true
echo "prism: exchanges validated: $exchanges, violations: $violations"
echo "prism control (size=many): answered $control, violations logged for it: $(( $(grep -cE "✖|Violation" "$WORK/prism.log" || true) - violations ))"
echo "swagger ui: $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/q/swagger-ui/")"
# Swagger UI in headless Chromium (Debian's): Authorize with a demo client, try GET /api/v1/lots (a screenshot is kept)
(cd scripts/partners/swagger-ui && npm ci --silent --no-audit --no-fund)
node scripts/partners/swagger-ui/swagger-ui.mjs "http://127.0.0.1:$PORT" region-tool dev-only-region-tool-secret \
  target/swagger-ui-try-it-out.png
echo "intentions before the restart: $(psql "select count(*) from hiring_intention")"
stop
start
echo "intentions after the restart: $(psql "select count(*) from hiring_intention"), lots: $(psql "select count(*) from lot")"
