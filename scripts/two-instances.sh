#!/usr/bin/env bash
# Two instances of the packaged application on one PostgreSQL, started at the same moment, shown to share
# nothing that matters: they migrate once, idempotent pushes split across both make one record, two
# authorisations of one request racing on both make exactly one purchase order, and both webhook dispatchers
# together deliver each event once.
# Needs: the packaged application (./mvnw package), PostgreSQL server binaries (installed with apt when
# missing), curl and python3. Keycloak comes from scripts/keycloak-dev.sh.
set -euo pipefail
cd "$(dirname "$0")/.."

PGPORT=${PGPORT:-25439}
WORK=target/two-instances
# The production profile requires the key that seals partners' webhook secrets at rest (a throwaway one here).
SECRET_KEY=$(head -c 32 /dev/urandom | base64)
PGDATA=$WORK/pgdata
rm -rf "$WORK" && mkdir -p "$WORK"

. scripts/lib/local-postgres.sh
local_pg_init "$PGDATA" "$PGPORT"
PIDS=()
cleanup() {
  for pid in "${PIDS[@]:-}"; do kill "$pid" 2> /dev/null || true; done
  [ -n "${RECEIVER:-}" ] && kill "$RECEIVER" 2> /dev/null || true
  local_pg_stop
  scripts/keycloak-dev.sh --stop
}
trap cleanup EXIT
psql() { "$PGBIN/psql" -h 127.0.0.1 -p "$PGPORT" -U postgres -d emploi -tAc "$1"; }

ISSUER=$(scripts/keycloak-dev.sh --start)
for port in 8091 8092; do
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$PGPORT/emploi" QUARKUS_DATASOURCE_USERNAME=postgres \
  QUARKUS_DATASOURCE_PASSWORD=unused QUARKUS_OIDC_AUTH_SERVER_URL="$ISSUER" QUARKUS_HTTP_PORT=$port \
  EF_RATE_LIMIT_PER_MINUTE_PUBLISHER=10 EF_WEBHOOKS_ALLOW_HTTP=true EF_WEBHOOKS_ALLOW_PRIVATE_ADDRESSES=true \
  EF_WEBHOOKS_POLL_INTERVAL=PT0.5S EF_WEBHOOKS_SECRET_KEY="$SECRET_KEY" java -Xmx256m -jar target/quarkus-app/quarkus-run.jar > "$WORK/instance-$port.log" 2>&1 &
  PIDS+=($!)
done
for port in 8091 8092; do
  for _ in $(seq 1 60); do curl -fs "http://127.0.0.1:$port/q/health/ready" > /dev/null 2>&1 && break; sleep 1; done
done

echo "== both instances started at the same time"
echo "migrations applied (versions): $(psql "select count(*) from flyway_schema_history where success")"
echo "versions applied more than once: $(psql "select count(*) from (select version from flyway_schema_history where version is not null group by version having count(*) > 1) d")"

token() {
  curl -s -d grant_type=client_credentials -d client_id="$1" -d client_secret="dev-only-$1-secret" \
    "$ISSUER/protocol/openid-connect/token" | python3 -c 'import sys,json;print(json.load(sys.stdin)["access_token"])'
}
REGION=$(token region-tool); PLATFORM=$(token nosemplois); BODY=$(token of-mandataire-demo)
PUBLISHER=$(token cariforef)

echo "== one rate limit for both instances: the publisher may make 10 calls a minute, 16 alternate between them"
while [ $(( $(date +%s) % 60 )) -gt 45 ]; do sleep 1; done # all 16 calls in one window
for i in $(seq 1 16); do
  curl -s -o /dev/null -w "%{http_code}\n" -H "Authorization: Bearer $PUBLISHER" "http://127.0.0.1:$((8091 + i % 2))/api/v1/lots"
done | sort | uniq -c | sed 's/^ *\([0-9]*\) \(.*\)/answers \2: \1/'

LOT="TWO-$RANDOM"
curl -fs -o /dev/null -X PUT -H "Authorization: Bearer $REGION" -H 'Content-Type: application/json' \
  "http://127.0.0.1:8091/api/v1/lots/$LOT" -d '{"label":"Lot","sector":"CONSTRUCTION","departments":["44"],
  "price_per_trainee_hour":14.5,"minimum_order_hours":1000,"mandataire_siret":"73866205898790","mandataire_name":"M",
  "mandataire_nda":"52440123444","members":[]}'

intention() { # external id, employer SIRET
  echo "{\"external_id\":\"$1\",\"employer\":{\"siret\":\"$2\",\"name\":\"E\",\"department\":\"44\",\"commune_insee\":\"44109\"},
  \"job\":{\"title\":\"Maçon\",\"rome_code\":\"F1703\"},\"positions\":1,\"contract\":{\"type\":\"CDI\",\"weekly_hours\":35},
  \"target\":{\"certification_code\":\"RNCP35185\"},\"employer_involvement\":[\"IMMERSION\"],
  \"proof\":{\"channel\":\"PLATFORM\",\"received_on\":\"2026-11-20\"},\"training_body_siret\":\"73866205898790\"}"
}
siret() { python3 scripts/lib/siret.py; }

echo "== 40 pushes of one intention, split across both instances, in parallel"
EXT="two-$RANDOM$RANDOM"; EMPLOYER=$(siret); KEY=$(python3 -c 'import uuid;print(uuid.uuid4())')
intention "$EXT" "$EMPLOYER" > "$WORK/intention.json"
seq 1 40 | xargs -P 20 -I{} sh -c 'port=$((8091 + {} % 2)); curl -s -o /dev/null -w "%{http_code}\n" \
  -H "Authorization: Bearer '"$PLATFORM"'" -H "Content-Type: application/json" -H "Idempotency-Key: '"$KEY"'" \
  -d @'"$WORK"'/intention.json http://127.0.0.1:$port/api/v1/hiring-intentions' | sort | uniq -c
echo "records with that external_id: $(psql "select count(*) from hiring_intention where external_id = '$EXT'")"

echo "== two authorisations of one request racing on both instances"
IDS=()
for i in 1 2 3 4 5; do
  IDS+=("$(curl -s -H "Authorization: Bearer $PLATFORM" -H 'Content-Type: application/json' \
    http://127.0.0.1:8091/api/v1/hiring-intentions -d "$(intention "two-$RANDOM$RANDOM$i" "$(siret)")" \
    | python3 -c 'import sys,json;print(json.load(sys.stdin)["id"])')")
done
INTENTIONS=$(printf '"%s",' "${IDS[@]}"); INTENTIONS="[${INTENTIONS%,}]"
REQUEST=$(curl -s -H "Authorization: Bearer $BODY" -H 'Content-Type: application/json' http://127.0.0.1:8092/api/v1/session-requests \
  -d "{\"lot_code\":\"$LOT\",\"title\":\"Session\",\"training_sector\":\"CONSTRUCTION\",\"certification\":{\"kind\":\"RNCP\",\"code\":\"RNCP35185\"},
  \"formacode\":\"22454\",\"planned_hours\":700,\"start_date\":\"2027-03-01\",\"end_date\":\"2027-09-30\",
  \"locations\":[{\"commune_insee\":\"44109\",\"label\":\"1 rue A\",\"postcode\":\"44000\",\"city\":\"Nantes\"}],
  \"hiring_intention_ids\":$INTENTIONS,\"places\":5}" | python3 -c 'import sys,json;print(json.load(sys.stdin)["id"])')
etag() { # port, token: the ETag of the request as read on that instance (a change needs it in If-Match)
  curl -fsS -o /dev/null -D - -H "Authorization: Bearer $2" "http://127.0.0.1:$1/api/v1/session-requests/$REQUEST" | tr -d '\r' \
    | sed -n 's/^[Ee][Tt][Aa][Gg]: //p'
}
curl -fs -o /dev/null -X POST -H "Authorization: Bearer $BODY" -H 'Content-Type: application/json' -d '{}' \
  -H "If-Match: $(etag 8091 "$BODY")" "http://127.0.0.1:8091/api/v1/session-requests/$REQUEST/submit"
curl -fs -o /dev/null -X POST -H "Authorization: Bearer $REGION" -H 'Content-Type: application/json' -d '{}' \
  -H "If-Match: $(etag 8092 "$REGION")" "http://127.0.0.1:8092/api/v1/session-requests/$REQUEST/start-review"
READ=$(etag 8091 "$REGION") # both officers read the same version, then authorise at once on two instances
for port in 8091 8092; do
  curl -s -o /dev/null -w "authorise on $port: %{http_code}\n" -X POST -H "Authorization: Bearer $REGION" -H "If-Match: $READ" \
    -H 'Content-Type: application/json' -d '{"reason":"OK"}' "http://127.0.0.1:$port/api/v1/session-requests/$REQUEST/authorise" &
done
wait $(jobs -p | tail -2) 2> /dev/null || true
sleep 1
echo "purchase orders for the request: $(psql "select count(*) from purchase_order_session where session_request_id = '$REQUEST'")"

echo "== webhooks: both instances' dispatchers deliver 30 events, each once"
HOOKS=$WORK/received.txt; : > "$HOOKS"
python3 - "$HOOKS" <<'PY' &
import http.server, sys
log = sys.argv[1]
class Receiver(http.server.BaseHTTPRequestHandler):
    def do_POST(self):
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        with open(log, "a") as f:
            f.write(self.headers.get("webhook-id", "") + "\n")
        self.send_response(200)
        self.end_headers()
    def log_message(self, *args):
        pass
http.server.ThreadingHTTPServer(("127.0.0.1", 25441), Receiver).serve_forever()
PY
RECEIVER=$!
sleep 1
curl -fs -o /dev/null -H "Authorization: Bearer $REGION" -H 'Content-Type: application/json' http://127.0.0.1:8091/api/v1/webhooks \
  -d '{"url":"http://127.0.0.1:25441/hooks","event_types":["INTENTION_ELIGIBILITY_DECIDED"]}'
for i in $(seq 1 30); do intention "hook-$RANDOM$RANDOM$i" "$(siret)" > "$WORK/hook-$i.json"; done
seq 1 30 | xargs -P 10 -I{} sh -c 'curl -s -o /dev/null -w "%{http_code}\n" -H "Authorization: Bearer '"$PLATFORM"'" \
  -H "Content-Type: application/json" -d @'"$WORK"'/hook-{}.json http://127.0.0.1:$((8091 + {} % 2))/api/v1/hiring-intentions' \
  | sort | uniq -c | sed 's/^ *\([0-9]*\) \(.*\)/intentions answered \2: \1/'
for _ in $(seq 1 30); do [ "$(sort -u "$HOOKS" | grep -c .)" -ge 30 ] && break; sleep 0.5; done
sleep 2 # a duplicate would come within the lease's retry time
echo "webhook deliveries received: $(grep -c . "$HOOKS"), distinct event ids: $(sort -u "$HOOKS" | grep -c .)"
echo "events received more than once: $(sort "$HOOKS" | uniq -d | grep -c . || true)"
echo "deliveries sent per instance: $(for port in 8091 8092; do printf '%s=%s ' "$port" "$(curl -s "http://127.0.0.1:$port/q/metrics" \
  | sed -n 's/^ef_webhook_delivery_attempts_total{result="DELIVERED"} \([0-9.]*\)/\1/p' | head -1)"; done)"

echo "== business counters on each instance (/q/metrics)"
for port in 8091 8092; do
  counted=$(curl -s "http://127.0.0.1:$port/q/metrics" \
    | grep -E '^ef_(hiring_intentions_received_total|session_requests_decided_total)' || true)
  # Replays served from the idempotency store are not new intentions, so an instance may have counted none.
  echo "${counted:-(no intention received nor decision taken here: replays are not counted)}" | sed "s/^/$port: /"
done
