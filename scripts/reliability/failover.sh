#!/usr/bin/env bash
# R6 (issue #24): the database fails over under write load. Three instances as the production Cluster has them
# (k8s/overlays/production/database.yaml): a primary and two standbys fed by PostgreSQL's streaming replication, a
# commit acknowledged once one standby has it (synchronous_standby_names 'ANY 1 (standby1, standby2)',
# synchronous_commit on); the packaged application on a multi-host JDBC URL (targetServerType=primary), R4's write
# load running. The primary is killed (every process, SIGKILL: a lost machine); after a detection delay standby1 is
# promoted and standby2 follows it, as the operator does. The application is not touched: it must find the new
# primary by itself. Afterwards, on the new primary: every answer 2xx the load got is there, none twice, none
# half-done; every 5xx during the switch is a 503 problem with Retry-After; and how long writes failed.
# Needs the packaged application (./mvnw package), PostgreSQL server binaries (apt), openssl, curl, python3.
set -euo pipefail
cd "$(dirname "$0")/../.."
PRIMARY_PORT=${PRIMARY_PORT:-25480} STANDBY_PORT=${STANDBY_PORT:-25481} STANDBY2_PORT=${STANDBY2_PORT:-25482}
PORT=${PORT:-8099} WORKERS=${WORKERS:-8}
DETECTION=${DETECTION:-3} # seconds between the primary's loss and the promotion (CloudNativePG: a few seconds)
WORK=target/failover
rm -rf "$WORK" && mkdir -p "$WORK"

. scripts/lib/local-postgres.sh
. scripts/reliability/lib.sh
local_pg_init "$WORK/primary" "$PRIMARY_PORT"
STANDBY=$WORK/standby1 STANDBY2=$WORK/standby2
APP_PID="" LOAD_PID=""
cleanup() {
  touch "$WORK/stop"
  [ -n "$APP_PID" ] && kill -9 "$APP_PID" 2> /dev/null || true
  local_pg_stop immediate
  for dir in "$STANDBY" "$STANDBY2"; do $LOCAL_PG_RUN "$PGBIN/pg_ctl" -D "$dir" -m immediate stop > /dev/null 2>&1 || true; done
}
trap cleanup EXIT
psql_at() { "$PGBIN/psql" -h 127.0.0.1 -p "$1" -U postgres -d emploi -qtAc "$2"; }

echo "== a primary (port $PRIMARY_PORT) and two standbys (ports $STANDBY_PORT, $STANDBY2_PORT), one of them synchronous"
psql_at "$PRIMARY_PORT" "alter system set synchronous_standby_names = 'ANY 1 (standby1, standby2)'"
psql_at "$PRIMARY_PORT" "alter system set synchronous_commit = 'on'"
psql_at "$PRIMARY_PORT" "select pg_reload_conf()" > /dev/null
# standby <data dir> <port> <name> <port of the primary it follows>
standby() {
  $LOCAL_PG_RUN "$PGBIN/pg_basebackup" -h 127.0.0.1 -p "$PRIMARY_PORT" -U postgres -D "$1" -X stream -R -c fast
  echo "primary_conninfo = 'host=127.0.0.1 port=$4 user=postgres application_name=$3'" \
    | $LOCAL_PG_RUN tee -a "$1/postgresql.auto.conf" > /dev/null
  $LOCAL_PG_RUN "$PGBIN/pg_ctl" -D "$1" -l "$1.log" -w start -o "-p $2 -k /tmp -c listen_addresses=127.0.0.1" > /dev/null
}
standby "$STANDBY" "$STANDBY_PORT" standby1 "$PRIMARY_PORT"
standby "$STANDBY2" "$STANDBY2_PORT" standby2 "$PRIMARY_PORT"
for _ in $(seq 1 100); do
  [ "$(psql_at "$PRIMARY_PORT" "select count(*) from pg_stat_replication where sync_state in ('sync', 'quorum')")" = 2 ] && break
  sleep 0.1
done
echo "replication: $(psql_at "$PRIMARY_PORT" "select string_agg(application_name || ' ' || state || ' ' || sync_state, ', ' order by application_name) from pg_stat_replication")"

rel_tokens
JDBC="jdbc:postgresql://127.0.0.1:$PRIMARY_PORT,127.0.0.1:$STANDBY_PORT,127.0.0.1:$STANDBY2_PORT/emploi?targetServerType=primary"
echo "application on $JDBC"
rel_start_app "$JDBC"
rel_start_load
sleep 10

echo "== the primary lost (SIGKILL to every PostgreSQL process of it); ${DETECTION} s later standby1 promoted, standby2 following it"
before=$(wc -l < "$WORK/journal.jsonl")
postmaster=$(head -1 "$WORK/primary/postmaster.pid")
kill -9 $(pgrep -P "$postmaster") "$postmaster" 2> /dev/null || true
killed_at=$(date +%s.%N) # after the kill: a write sent before it may still have been committed by the old primary
echo "answers 2xx before the loss: $before"
sleep "$DETECTION"
$LOCAL_PG_RUN "$PGBIN/pg_ctl" -D "$STANDBY" -w promote > /dev/null
promoted_at=$(date +%s.%N)
psql_at "$STANDBY2_PORT" "alter system set primary_conninfo = 'host=127.0.0.1 port=$STANDBY_PORT user=postgres application_name=standby2'"
psql_at "$STANDBY2_PORT" "select pg_reload_conf()" > /dev/null
echo "promoted: $(psql_at "$STANDBY_PORT" "select case when pg_is_in_recovery() then 'still a standby' else 'primary' end")"
for _ in $(seq 1 100); do
  [ "$(psql_at "$STANDBY_PORT" "select count(*) from pg_stat_replication where sync_state in ('sync', 'quorum')")" = 1 ] && break
  sleep 0.1
done
echo "replication from the new primary: $(psql_at "$STANDBY_PORT" "select coalesce(string_agg(application_name || ' ' || state || ' ' || sync_state, ', '), 'none') from pg_stat_replication")"
sleep 12
rel_stop_load
kill "$APP_PID"; wait "$APP_PID" 2> /dev/null || true; APP_PID=""

echo "== how long writes failed"
python3 - "$WORK/journal.jsonl" "$killed_at" "$promoted_at" <<'PY'
import json, sys
journal, killed, promoted = sys.argv[1], float(sys.argv[2]), float(sys.argv[3])
rows = [json.loads(l) for l in open(journal) if l.strip()]
last_before = max(r["at"] for r in rows if r["at"] < killed)
first_after = min(r["at"] for r in rows if r["sent"] > killed)
print("last write acknowledged before the loss: %.2f s before it" % (killed - last_before))
print("first write sent after the loss acknowledged: %.2f s after the loss, %.2f s after the promotion"
      % (first_after - killed, first_after - promoted))
open(sys.argv[1] + ".gap", "w").write("%.2f" % (first_after - promoted))
PY

echo "== what was acknowledged is on the new primary, once, whole"
rel_check_journal "$STANDBY_PORT"
rel_check_answers
[ "$REL_FAILURES" = 0 ]
[ "$REL_BAD_ANSWERS" = 0 ]
