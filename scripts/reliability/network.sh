#!/usr/bin/env bash
# R8 (issue #24): network faults between the application and PostgreSQL, and between the application and its OIDC
# provider, under R4's write load. Each link goes through a relay that fails on demand (faultproxy.py: latency, every
# connection reset, a partition that answers nothing, connections refused); the provider is oidc.py (discovery and
# the key set of the run's signing key). Afterwards: no acknowledged write lost, none twice, none half-done; every
# 5xx during the faults a problem (503 with Retry-After); no answer slower than the stated bound (DEADLINE_S: a
# pooled connection waited for 5 s at most, a read of PostgreSQL 20 s at most); the pool serving again on its own
# after the faults, without a restart. Prints the figures of each fault.
# Needs the packaged application (./mvnw package), PostgreSQL server binaries (apt), openssl, curl, python3.
set -euo pipefail
cd "$(dirname "$0")/../.."
PGPORT=${PGPORT:-25500} DB_RELAY=${DB_RELAY:-25501} DB_CONTROL=${DB_CONTROL:-25502}
OIDC_PORT=${OIDC_PORT:-25503} OIDC_RELAY=${OIDC_RELAY:-25504} OIDC_CONTROL=${OIDC_CONTROL:-25505}
PORT=${PORT:-8101} WORKERS=${WORKERS:-8} DEADLINE_S=${DEADLINE_S:-30}
WORK=target/network
rm -rf "$WORK" && mkdir -p "$WORK"

. scripts/lib/local-postgres.sh
. scripts/reliability/lib.sh
local_pg_init "$WORK/pgdata" "$PGPORT"
APP_PID="" LOAD_PID="" HELPERS=()
cleanup() {
  touch "$WORK/stop"
  [ -n "$APP_PID" ] && kill -9 "$APP_PID" 2> /dev/null || true
  for pid in "${HELPERS[@]:-}"; do kill "$pid" 2> /dev/null || true; done
  local_pg_stop
}
trap cleanup EXIT
now() { date +%s.%N; }
# control <port> <command>: tells a relay what to do
control() { python3 -c 'import socket, sys
s = socket.create_connection(("127.0.0.1", int(sys.argv[1])), timeout=5); s.sendall((sys.argv[2] + "\n").encode())
print(s.makefile().readline().strip())' "$1" "$2" > /dev/null; }
# the 5xx and failed connections of the load between two instants: "<count> (<status>×<n> …)"
failed_between() { python3 -c 'import collections, json, sys
rows = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
c = collections.Counter("no answer" if r["status"] == 0 else str(r["status"]) for r in rows if float(sys.argv[2]) <= r["sent"] < float(sys.argv[3]))
print("%d (%s)" % (sum(c.values()), ", ".join("%s×%d" % kv for kv in sorted(c.items())) or "none"))' "$WORK/journal.jsonl.failures" "$1" "$2"; }
acked_between() { python3 -c 'import json, sys
print(sum(1 for l in open(sys.argv[1]) if l.strip() and float(sys.argv[2]) <= json.loads(l)["sent"] < float(sys.argv[3])))' "$WORK/journal.jsonl" "$1" "$2"; }
ready_timed() { curl -s -o /dev/null -w '%{http_code} in %{time_total} s' --max-time 10 "$URL/q/health/ready" || true; }

rel_tokens
ISSUER=https://bench.invalid/realms/emploi-formation
MODULUS=$(openssl rsa -in "$WORK/key.pem" -noout -modulus 2> /dev/null | cut -d= -f2)
python3 scripts/reliability/oidc.py "$OIDC_PORT" "$ISSUER" bench "$MODULUS" & HELPERS+=($!)
python3 scripts/reliability/faultproxy.py "$DB_RELAY" "127.0.0.1:$PGPORT" "$DB_CONTROL" & HELPERS+=($!)
python3 scripts/reliability/faultproxy.py "$OIDC_RELAY" "127.0.0.1:$OIDC_PORT" "$OIDC_CONTROL" & HELPERS+=($!)
sleep 1
echo "application -> relay :$DB_RELAY -> PostgreSQL :$PGPORT; application -> relay :$OIDC_RELAY -> OIDC provider :$OIDC_PORT"
rel_start_app "jdbc:postgresql://127.0.0.1:$DB_RELAY/emploi" QUARKUS_OIDC_PUBLIC_KEY= \
  QUARKUS_OIDC_AUTH_SERVER_URL="http://127.0.0.1:$OIDC_RELAY/realms/emploi-formation"
rel_start_load
sleep 6

# fault <name> <relay control port> <command> <seconds>: the fault for that long, then the link restored; prints what
# the load got during it and readiness's answer in the middle of it.
fault() {
  local name=$1 ctl=$2 command=$3 seconds=$4 from to ready half
  half=$(awk -v s="$seconds" 'BEGIN {print s / 2}')
  from=$(now)
  control "$ctl" "$command"
  sleep "$half"
  ready=$(ready_timed)
  sleep "$half"
  control "$ctl" pass
  to=$(now)
  sleep 8 # requests held by the fault finish or fail; the pool replaces what broke
  echo "$name for ${seconds} s: readiness $ready; 5xx or no answer: $(failed_between "$from" "$(now)"); writes acknowledged meanwhile: $(acked_between "$from" "$to")"
}

echo "== PostgreSQL's link"
fault "latency 300 ms each way" "$DB_CONTROL" "latency 300" 6
fault "every connection reset" "$DB_CONTROL" reset 1
fault "partition (nothing answers, nothing is reset)" "$DB_CONTROL" hang 8
fault "connections refused (reset at once)" "$DB_CONTROL" refuse 5

echo "== the OIDC provider's link"
control "$OIDC_CONTROL" hang
started=$(now)
known=$(scripts/bench/jwt.sh "$WORK/key.pem" nosemplois employer-platform)
echo "partition: a token not seen before, signed with the known key: $(curl -s -o /dev/null -w '%{http_code} in %{time_total} s' --max-time 60 -H "Authorization: Bearer $known" "$URL/api/v1/hiring-intentions?size=1")"
unknown=$(JWT_KID=rotated scripts/bench/jwt.sh "$WORK/key.pem" nosemplois employer-platform)
answer=$(curl -s -o "$WORK/unknown-key.json" -w '%{http_code} in %{time_total} s' --max-time 60 -H "Authorization: Bearer $unknown" "$URL/api/v1/hiring-intentions?size=1" || true)
echo "partition: a token signed with a key the provider never published (its keys must be fetched): $answer $(head -c 300 "$WORK/unknown-key.json")"
control "$OIDC_CONTROL" pass
echo "the provider's link back; writes acknowledged during its partition: $(acked_between "$started" "$(now)"); 5xx or no answer: $(failed_between "$started" "$(now)")"

echo "== after the faults: the pool serves again by itself"
after=$(now)
sleep 8
echo "writes acknowledged in the 8 s after the last fault: $(acked_between "$after" "$(now)"); 5xx or no answer: $(failed_between "$after" "$(now)")"
rel_stop_load
recovered_ok=$( [ "$(acked_between "$after" "$(now)")" -gt 0 ] && [ "$(failed_between "$after" "$(now)" | cut -d' ' -f1)" = 0 ] && echo yes || echo no)
kill "$APP_PID"; wait "$APP_PID" 2> /dev/null || true; APP_PID=""

echo "== the service started while its OIDC provider is unreachable (no key known yet)"
control "$OIDC_CONTROL" hang
start_without_provider=$(now)
rel_start_app "jdbc:postgresql://127.0.0.1:$DB_RELAY/emploi" QUARKUS_OIDC_PUBLIC_KEY= \
  QUARKUS_OIDC_AUTH_SERVER_URL="http://127.0.0.1:$OIDC_RELAY/realms/emploi-formation"
echo "ready after $(python3 -c "import sys; print('%.1f' % (float(sys.argv[2]) - float(sys.argv[1])))" "$start_without_provider" "$(now)") s (readiness does not depend on the provider)"
provider_down=$(curl -s -D "$WORK/provider-down.headers" -o "$WORK/provider-down.json" -w '%{http_code} in %{time_total} s' --max-time 60 \
  -H "Authorization: Bearer $PLATFORM" "$URL/api/v1/hiring-intentions?size=1" || true)
echo "a call while the provider cannot be reached: $provider_down, $(grep -i '^retry-after' "$WORK/provider-down.headers" | tr -d '\r' || echo 'no Retry-After'), $(grep -o '"code":"[A-Z_]*"' "$WORK/provider-down.json" || echo 'no problem code')"
control "$OIDC_CONTROL" reset
provider_back=""
for _ in $(seq 1 40); do
  code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 -H "Authorization: Bearer $PLATFORM" "$URL/api/v1/hiring-intentions?size=1" || true)
  if [ "$code" = 200 ]; then provider_back=yes; break; fi
  sleep 0.5
done
echo "the provider reachable again: 200 without a restart: ${provider_back:-no}"
kill "$APP_PID"; wait "$APP_PID" 2> /dev/null || true; APP_PID=""

echo "== what was acknowledged is there, once, whole"
rel_check_journal "$PGPORT"
rel_check_answers
slowest=$(rel_load max_ms)
echo "slowest answer: $slowest ms (bound: ${DEADLINE_S} s); pool serving again without a restart: $recovered_ok"
[ "$REL_FAILURES" = 0 ]
[ "$REL_BAD_ANSWERS" = 0 ]
[ "$slowest" -lt $((DEADLINE_S * 1000)) ]
[ "$recovered_ok" = yes ]
[ "${provider_down%% *}" = 503 ]
grep -qi '^retry-after' "$WORK/provider-down.headers"
[ "$provider_back" = yes ]
