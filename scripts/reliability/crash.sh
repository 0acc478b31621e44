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
rm -rf "$WORK" && mkdir -p "$WORK"

. scripts/lib/local-postgres.sh
. scripts/reliability/lib.sh
local_pg_init "$WORK/pgdata" "$PGPORT"
APP_PID="" LOAD_PID=""
cleanup() {
  touch "$WORK/stop"
  [ -n "$APP_PID" ] && kill -9 "$APP_PID" 2> /dev/null || true
  local_pg_stop
}
trap cleanup EXIT
psql() { "$PGBIN/psql" -h 127.0.0.1 -p "$PGPORT" -U postgres -d emploi -qtAc "$1"; }

rel_tokens
start_app() { rel_start_app "jdbc:postgresql://127.0.0.1:$PGPORT/emploi"; }
ready() { rel_ready; }
# Readiness's answer and how long it took ("503 in 1.012 s"; "000" when none came within 4 s).
ready_timed() { curl -s -o /dev/null -w '%{http_code} in %{time_total} s' --max-time 4 "$URL/q/health/ready" || true; }

start_app
rel_start_load

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
live=$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$URL/q/health/live" || true)
echo "liveness during the outage: $live"
local_pg_start
back_at=$(date +%s%N) recovered=""
for _ in $(seq 1 120); do
  if [ "$(ready)" = 200 ]; then recovered=$(python3 -c 'import sys; print("%.2f" % ((int(sys.argv[1]) - int(sys.argv[2])) / 1e9))' "$(date +%s%N)" "$back_at"); break; fi
  sleep 0.25
done
if [ -n "$recovered" ]; then echo "readiness back to 200: after $recovered s of PostgreSQL accepting connections"; else echo "readiness back to 200: never"; fi
sleep 6
rel_stop_load
kill "$APP_PID"; wait "$APP_PID" 2> /dev/null || true; APP_PID=""

echo "== what was acknowledged is there, once, whole"
rel_check_journal "$PGPORT"
rel_check_answers
[ "$REL_FAILURES" = 0 ]
[ -n "$recovered" ] && python3 -c 'import sys; sys.exit(0 if float(sys.argv[1]) < 5 else 1)' "$recovered"
[ "$slow_or_up" = 0 ]
[ "$live" = 200 ]
[ "$REL_BAD_ANSWERS" = 0 ]
