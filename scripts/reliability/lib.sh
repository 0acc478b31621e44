# Sourced by the reliability campaigns (crash.sh R4, failover.sh R6, restore.sh R7, network.sh R8): tokens, the
# packaged application started against a given JDBC URL, the write load, and the checks of its journal.
# The caller sets WORK and PORT, and has sourced scripts/lib/local-postgres.sh (PGBIN).

# Tokens signed by a key made for the run; the application trusts its public key (REL_PUBLIC_KEY).
rel_tokens() {
  openssl genrsa -out "$WORK/key.pem" 2048 2> /dev/null
  REL_PUBLIC_KEY=$(openssl rsa -in "$WORK/key.pem" -pubout 2> /dev/null | grep -v -- '-----' | tr -d '\n')
  PLATFORM=$(scripts/bench/jwt.sh "$WORK/key.pem" nosemplois employer-platform)
  BODY=$(scripts/bench/jwt.sh "$WORK/key.pem" of-mandataire-demo training-body '"org_siret":"73866205898790"')
  REGION=$(scripts/bench/jwt.sh "$WORK/key.pem" region-tool region-officer)
  # The production profile requires the key that seals partners' webhook secrets at rest (a throwaway one here).
  REL_SECRET_KEY=$(head -c 32 /dev/urandom | base64)
  URL=http://127.0.0.1:$PORT
}

# rel_start_app <jdbc url> [extra environment assignments...]: the packaged application (prod profile) on that
# database, in the background (APP_PID), waited for until ready (at most 60 s).
rel_start_app() {
  local jdbc=$1; shift
  env QUARKUS_DATASOURCE_JDBC_URL="$jdbc" QUARKUS_DATASOURCE_USERNAME=postgres \
    QUARKUS_DATASOURCE_PASSWORD=unused QUARKUS_OIDC_PUBLIC_KEY="$REL_PUBLIC_KEY" QUARKUS_HTTP_PORT=$PORT \
    _PROD_EF_OPENAPI_TOKEN_URL=http://127.0.0.1/unused EF_RATE_LIMIT_PER_MINUTE_EMPLOYER_PLATFORM=1000000 \
    EF_RATE_LIMIT_PER_MINUTE_REGION_OFFICER=1000000 EF_RATE_LIMIT_PER_MINUTE_TRAINING_BODY=1000000 \
    EF_WEBHOOKS_SECRET_KEY="$REL_SECRET_KEY" "$@" \
    java -XX:MaxRAM=768m -XX:MaxRAMPercentage=50 -jar target/quarkus-app/quarkus-run.jar >> "$WORK/app.log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 600); do curl -fs -o /dev/null "$URL/q/health/ready" 2> /dev/null && return; sleep 0.1; done
  echo "the application did not start" >&2; exit 1
}

rel_ready() { curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$URL/q/health/ready" || true; }

# The lot the load's session requests use, then the load itself in the background (LOAD_PID; stopped by rel_stop_load).
rel_start_load() {
  curl -fsS -o /dev/null -X PUT -H "Authorization: Bearer $REGION" -H 'Content-Type: application/json' "$URL/api/v1/lots/CRASH-44" \
    -d '{"label":"Lot","sector":"CONSTRUCTION","departments":["44"],"price_per_trainee_hour":14.5,"minimum_order_hours":1000,
    "mandataire_siret":"73866205898790","mandataire_name":"M","mandataire_nda":"52440123444","members":[]}'
  python3 scripts/reliability/load.py "$URL" "$WORK/journal.jsonl" "$WORK/stop" "$PLATFORM" "$BODY" "$REGION" "${WORKERS:-8}" \
    > "$WORK/load.txt" 2>&1 &
  LOAD_PID=$!
}

rel_stop_load() {
  touch "$WORK/stop"
  wait "$LOAD_PID" || true
  cat "$WORK/load.txt"
}

# A value of the load's last line (load: sent=… 2xx=… 503=… other_5xx=… max_ms=…).
rel_load() { sed -n "s/.* $1=\([0-9]*\).*/\1/p" "$WORK/load.txt"; }

# rel_check_journal <port> [point in time, epoch seconds]: loads the journal into the database on that port (table
# acknowledged) and checks it. Without a point: every acknowledged write is there, none twice, none half-done.
# With one (a restore to that point): every write acknowledged before it is there, and none sent after it.
# Prints the figures; REL_FAILURES is the number of rows that break an invariant.
rel_check_journal() {
  local port=$1 point=${2:-}
  q() { "$PGBIN/psql" -h 127.0.0.1 -p "$port" -U postgres -d emploi -qtAc "$1"; }
  python3 -c 'import json, sys
for line in open(sys.argv[1]):
    if line.strip():
        r = json.loads(line)
        print("%s,%s,%d,%.6f,%.6f" % (r["what"], r["id"], r["status"], r["sent"], r["at"]))' "$WORK/journal.jsonl" > "$WORK/acknowledged.csv"
  q "set client_min_messages = warning; drop table if exists acknowledged; create table acknowledged (what text, id uuid, status int, sent float8, at float8)"
  "$PGBIN/psql" -h 127.0.0.1 -p "$port" -U postgres -d emploi -qc "\copy acknowledged from '$WORK/acknowledged.csv' csv"
  local scope="true" after=0
  if [ -n "$point" ]; then
    scope="a.at < $point"
    after=$(q "select count(*) from hiring_intention h join acknowledged a on a.id = h.id where a.what = 'intention' and a.sent > $point")
    after=$((after + $(q "select count(*) from session_request s join acknowledged a on a.id = s.id where a.what = 'request' and a.sent > $point")))
  fi
  local acknowledged intentions authorised lost_i lost_r lost_a duplicated h1 h2 h3 h4 h5
  acknowledged=$(q "select count(*) from acknowledged a where $scope")
  intentions=$(q "select count(distinct id) from acknowledged a where a.what = 'intention' and $scope")
  authorised=$(q "select count(distinct id) from acknowledged a where a.what = 'authorise' and $scope")
  lost_i=$(q "select count(distinct a.id) from acknowledged a where a.what = 'intention' and $scope and not exists (select 1 from hiring_intention h where h.id = a.id)")
  lost_r=$(q "select count(distinct a.id) from acknowledged a where a.what <> 'intention' and $scope and not exists (select 1 from session_request s where s.id = a.id)")
  lost_a=$(q "select count(distinct a.id) from acknowledged a where a.what = 'authorise' and $scope and not exists (select 1 from session_request s where s.id = a.id and s.status = 'AUTHORISED')")
  duplicated=$(q "select count(*) from (select sender, external_id from hiring_intention group by 1, 2 having count(*) > 1) d")
  h1=$(q "select count(*) from session_request s where s.status = 'AUTHORISED' and not exists (select 1 from purchase_order_session p where p.session_request_id = s.id)")
  h2=$(q "select count(*) from purchase_order_session p join session_request s on s.id = p.session_request_id where s.status not in ('AUTHORISED', 'STARTED', 'COMPLETED', 'CANCELLED')")
  h3=$(q "select count(*) from session_request s where s.status <> (select h.to_status from session_request_history h where h.session_request_id = s.id order by h.id desc limit 1)")
  h4=$(q "select count(*) from hiring_intention h where not exists (select 1 from hiring_intention_history x where x.intention_id = h.id)")
  h5=$(q "select count(*) from session_request s where s.status = 'AUTHORISED' and not exists (select 1 from publication_entry e where e.session_id = s.id and e.published)")
  echo "acknowledged answers (2xx)${point:+ before the point}: $acknowledged, of which intentions: $intentions, authorisations: $authorised"
  echo "lost: $((lost_i + lost_r + lost_a)) (intentions $lost_i, requests $lost_r, authorisations $lost_a)"
  [ -n "$point" ] && echo "present though sent after the point: $after"
  echo "duplicated (sender, external_id): $duplicated"
  echo "half-done: $((h1 + h2 + h3 + h4 + h5)) (authorised without order $h1, order without authorisation $h2, status not in history $h3, intention without history $h4, authorised not published $h5)"
  REL_FAILURES=$((lost_i + lost_r + lost_a + after + duplicated + h1 + h2 + h3 + h4 + h5))
  if [ "$acknowledged" = 0 ] || [ "$authorised" = 0 ]; then
    echo "the load acknowledged too little to judge" >&2
    REL_FAILURES=$((REL_FAILURES + 1))
  fi
}

# Answers of the load that were not what an outage must give: 5xx other than 503, 5xx that are not a problem, 503
# without Retry-After. Prints them; REL_BAD_ANSWERS is their sum.
rel_check_answers() {
  echo "answers 503 (service unavailable): $(rel_load 503); other 5xx: $(rel_load other_5xx); 5xx not a problem: $(rel_load 5xx_not_a_problem); 503 without Retry-After: $(rel_load 503_without_retry_after); slowest answer: $(rel_load max_ms) ms"
  REL_BAD_ANSWERS=$(($(rel_load other_5xx) + $(rel_load 5xx_not_a_problem) + $(rel_load 503_without_retry_after)))
}
