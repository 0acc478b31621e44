#!/usr/bin/env bash
# R4 (issue #11): under a sustained write load (scripts/reliability/load.py: intakes, and session requests taken to
# authorised), the application is killed with SIGKILL and started again; then PostgreSQL's connections are cut and
# PostgreSQL itself stopped for a few seconds, while readiness is polled. Afterwards: every answer 2xx the load got is
# found, none twice, and no transition is half-done. Prints its figures; exits 1 when an invariant does not hold.
# Needs the packaged application (./mvnw package), PostgreSQL server binaries (apt), openssl, curl, python3.
set -euo pipefail
cd "$(dirname "$0")/../.."
PGPORT=${PGPORT:-25470} PORT=${PORT:-8098} WORKERS=${WORKERS:-8}
WORK=target/crash
# The production profile requires the key that seals partners' webhook secrets at rest (a throwaway one here).
SECRET_KEY=$(head -c 32 /dev/urandom | base64)
URL=http://127.0.0.1:$PORT
rm -rf "$WORK" && mkdir -p "$WORK"

. scripts/lib/local-postgres.sh
local_pg_init "$WORK/pgdata" "$PGPORT"
APP_PID="" LOAD_PID=""
cleanup() {
  touch "$WORK/stop"
  [ -n "$APP_PID" ] && kill -9 "$APP_PID" 2> /dev/null || true
  local_pg_stop
}
trap cleanup EXIT
psql() { "$PGBIN/psql" -h 127.0.0.1 -p "$PGPORT" -U postgres -d emploi -qtAc "$1"; }

openssl genrsa -out "$WORK/key.pem" 2048 2> /dev/null
PUBLIC_KEY=$(openssl rsa -in "$WORK/key.pem" -pubout 2> /dev/null | grep -v -- '-----' | tr -d '\n')
token() { scripts/bench/jwt.sh "$WORK/key.pem" "$@"; }
PLATFORM=$(token nosemplois employer-platform)
BODY=$(token of-mandataire-demo training-body '"org_siret":"73866205898790"')
REGION=$(token region-tool region-officer)

start_app() {
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$PGPORT/emploi" QUARKUS_DATASOURCE_USERNAME=postgres \
  QUARKUS_DATASOURCE_PASSWORD=unused QUARKUS_OIDC_PUBLIC_KEY="$PUBLIC_KEY" QUARKUS_HTTP_PORT=$PORT \
  _PROD_EF_OPENAPI_TOKEN_URL=http://127.0.0.1/unused EF_RATE_LIMIT_PER_MINUTE_EMPLOYER_PLATFORM=1000000 \
  EF_RATE_LIMIT_PER_MINUTE_REGION_OFFICER=1000000 EF_RATE_LIMIT_PER_MINUTE_TRAINING_BODY=1000000 \
  EF_WEBHOOKS_SECRET_KEY="$SECRET_KEY" java -XX:MaxRAM=768m -XX:MaxRAMPercentage=50 -jar target/quarkus-app/quarkus-run.jar >> "$WORK/app.log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 600); do curl -fs -o /dev/null "$URL/q/health/ready" 2> /dev/null && return; sleep 0.1; done
  echo "the application did not start" >&2; exit 1
}
ready() { curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$URL/q/health/ready" || true; }
# Readiness's answer and how long it took ("503 in 1.012 s"; "000" when none came within 4 s).
ready_timed() { curl -s -o /dev/null -w '%{http_code} in %{time_total} s' --max-time 4 "$URL/q/health/ready" || true; }

start_app
curl -fsS -o /dev/null -X PUT -H "Authorization: Bearer $REGION" -H 'Content-Type: application/json' "$URL/api/v1/lots/CRASH-44" \
  -d '{"label":"Lot","sector":"CONSTRUCTION","departments":["44"],"price_per_trainee_hour":14.5,"minimum_order_hours":1000,
  "mandataire_siret":"73866205898790","mandataire_name":"M","mandataire_nda":"52440123444","members":[]}'

python3 scripts/reliability/load.py "$URL" "$WORK/journal.jsonl" "$WORK/stop" "$PLATFORM" "$BODY" "$REGION" "$WORKERS" \
  > "$WORK/load.txt" 2>&1 &
LOAD_PID=$!

echo "== SIGKILL under load"
sleep 8
before_kill=$(wc -l < "$WORK/journal.jsonl")
kill -9 "$APP_PID"; wait "$APP_PID" 2> /dev/null || true
echo "answers 2xx before the kill: $before_kill; application killed (SIGKILL)"
sleep 2
start_app
echo "restarted; ready: $(ready)"
sleep 6

echo "== PostgreSQL's connections cut, then PostgreSQL stopped for 5 s, under load"
psql "select count(pg_terminate_backend(pid)) from pg_stat_activity where datname = 'emploi' and pid <> pg_backend_pid()" \
  | sed 's/^/connections cut: /'
sleep 3
local_pg_stop immediate
# Issue #24 (4): every answer during the outage is a 503 within 2 s; 200 again within 5 s of PostgreSQL's return.
outage=() slow_or_up=0
for _ in 1 2 3 4 5; do
  answer=$(ready_timed); outage+=("$answer")
  python3 -c 'import sys; code, _, secs, _ = sys.argv[1].split(); sys.exit(0 if code == "503" and float(secs) < 2 else 1)' "$answer" \
    || slow_or_up=$((slow_or_up + 1))
  sleep 0.5
done
echo "readiness during the outage: $(IFS=';'; echo "${outage[*]}"); not a 503 within 2 s: $slow_or_up"
local_pg_start
back_at=$(date +%s%N) recovered=""
for _ in $(seq 1 120); do
  if [ "$(ready)" = 200 ]; then recovered=$(python3 -c 'import sys; print("%.2f" % ((int(sys.argv[1]) - int(sys.argv[2])) / 1e9))' "$(date +%s%N)" "$back_at"); break; fi
  sleep 0.25
done
if [ -n "$recovered" ]; then echo "readiness back to 200: after $recovered s of PostgreSQL accepting connections"; else echo "readiness back to 200: never"; fi
sleep 6
touch "$WORK/stop"
wait "$LOAD_PID" || true
cat "$WORK/load.txt"
kill "$APP_PID"; wait "$APP_PID" 2> /dev/null || true; APP_PID=""

echo "== what was acknowledged is there, once, whole"
python3 -c 'import json, sys
for line in open(sys.argv[1]):
    if line.strip():
        r = json.loads(line)
        print("%s,%s,%d" % (r["what"], r["id"], r["status"]))' "$WORK/journal.jsonl" > "$WORK/acknowledged.csv"
psql "create table acknowledged (what text, id uuid, status int)"
"$PGBIN/psql" -h 127.0.0.1 -p "$PGPORT" -U postgres -d emploi -qc "\copy acknowledged from '$WORK/acknowledged.csv' csv"
acknowledged=$(psql "select count(*) from acknowledged")
intentions_acked=$(psql "select count(distinct id) from acknowledged where what = 'intention'")
lost_intentions=$(psql "select count(distinct a.id) from acknowledged a where a.what = 'intention' and not exists (select 1 from hiring_intention h where h.id = a.id)")
lost_requests=$(psql "select count(distinct a.id) from acknowledged a where a.what <> 'intention' and not exists (select 1 from session_request s where s.id = a.id)")
authorised_acked=$(psql "select count(distinct id) from acknowledged where what = 'authorise'")
lost_authorisations=$(psql "select count(distinct a.id) from acknowledged a where a.what = 'authorise' and not exists (select 1 from session_request s where s.id = a.id and s.status = 'AUTHORISED')")
duplicated=$(psql "select count(*) from (select sender, external_id from hiring_intention group by 1, 2 having count(*) > 1) d")
half_authorised=$(psql "select count(*) from session_request s where s.status = 'AUTHORISED' and not exists (select 1 from purchase_order_session p where p.session_request_id = s.id)")
half_orders=$(psql "select count(*) from purchase_order_session p join session_request s on s.id = p.session_request_id where s.status not in ('AUTHORISED', 'STARTED', 'COMPLETED', 'CANCELLED')")
half_history=$(psql "select count(*) from session_request s where s.status <> (select h.to_status from session_request_history h where h.session_request_id = s.id order by h.id desc limit 1)")
no_history=$(psql "select count(*) from hiring_intention h where not exists (select 1 from hiring_intention_history x where x.intention_id = h.id)")
unpublished=$(psql "select count(*) from session_request s where s.status = 'AUTHORISED' and not exists (select 1 from publication_entry e where e.session_id = s.id and e.published)")
echo "acknowledged answers (2xx): $acknowledged, of which intentions: $intentions_acked, authorisations: $authorised_acked"
echo "lost: $((lost_intentions + lost_requests + lost_authorisations)) (intentions $lost_intentions, requests $lost_requests, authorisations $lost_authorisations)"
echo "duplicated (sender, external_id): $duplicated"
echo "half-done: $((half_authorised + half_orders + half_history + no_history + unpublished)) (authorised without order $half_authorised, order without authorisation $half_orders, status not in history $half_history, intention without history $no_history, authorised not published $unpublished)"
OTHER_5XX=$(sed -n 's/.* other_5xx=\([0-9]*\).*/\1/p' "$WORK/load.txt")
echo "answers 503 (service unavailable, during the outages): $(sed -n 's/.* 503=\([0-9]*\).*/\1/p' "$WORK/load.txt"); other 5xx: $OTHER_5XX"
[ "$acknowledged" -gt 0 ] && [ "$authorised_acked" -gt 0 ] || { echo "the load acknowledged too little to judge" >&2; exit 1; }
[ $((lost_intentions + lost_requests + lost_authorisations + duplicated + half_authorised + half_orders + half_history + no_history + unpublished)) = 0 ]
[ -n "$recovered" ] && python3 -c 'import sys; sys.exit(0 if float(sys.argv[1]) < 5 else 1)' "$recovered"
[ "$slow_or_up" = 0 ]
[ "$OTHER_5XX" = 0 ]
