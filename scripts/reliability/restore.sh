#!/usr/bin/env bash
# R7 (issue #24): a backup and a restore to a point in time, under write load. PostgreSQL archives every WAL segment
# (archive_command, archive_timeout 10 s here); under R4's write load a base backup is taken (pg_basebackup) and the
# load goes on; a point in time is chosen while it writes, and it writes on after it. Then the database is lost, and
# restored: the base backup, the archive replayed up to the point (recovery_target_time), promoted; the packaged
# application started on it. Afterwards: every write acknowledged before the point is there, none sent after it, none
# twice, none half-done. Prints the recovery time (RTO) as measured and the archive's lag at the loss (the RPO of a
# primary lost without its standby). In production the operator does the same from object storage
# (k8s/overlays/production/database.yaml: base backups nightly, WAL continuously; a recovery bootstrap names the
# point).
# Needs the packaged application (./mvnw package), PostgreSQL server binaries (apt), openssl, curl, python3.
set -euo pipefail
cd "$(dirname "$0")/../.."
PGPORT=${PGPORT:-25490} RESTORED_PORT=${RESTORED_PORT:-25491} PORT=${PORT:-8100} WORKERS=${WORKERS:-8}
WORK=target/restore
rm -rf "$WORK" && mkdir -p "$WORK/archive"
ARCHIVE=$(cd "$WORK/archive" && pwd)

. scripts/lib/local-postgres.sh
. scripts/reliability/lib.sh
local_pg_init "$WORK/pgdata" "$PGPORT"
RESTORED=$WORK/restored
APP_PID="" LOAD_PID=""
cleanup() {
  touch "$WORK/stop"
  [ -n "$APP_PID" ] && kill -9 "$APP_PID" 2> /dev/null || true
  local_pg_stop immediate
  $LOCAL_PG_RUN "$PGBIN/pg_ctl" -D "$RESTORED" -m immediate stop > /dev/null 2>&1 || true
}
trap cleanup EXIT
psql_at() { "$PGBIN/psql" -h 127.0.0.1 -p "$1" -U postgres -d emploi -qtAc "$2"; }
now() { date +%s.%N; }

echo "== WAL archived to $WORK/archive"
psql_at "$PGPORT" "alter system set archive_mode = 'on'"
psql_at "$PGPORT" "alter system set archive_command = 'test ! -f $ARCHIVE/%f && cp %p $ARCHIVE/%f'"
psql_at "$PGPORT" "alter system set archive_timeout = '10s'"
local_pg_stop && local_pg_start

rel_tokens
rel_start_app "jdbc:postgresql://127.0.0.1:$PGPORT/emploi"
rel_start_load
sleep 5

echo "== base backup under load"
started=$(now)
$LOCAL_PG_RUN "$PGBIN/pg_basebackup" -h 127.0.0.1 -p "$PGPORT" -U postgres -D "$WORK/base" -X stream -c fast
echo "base backup: $(du -sh "$WORK/base" | cut -f1) in $(python3 -c "import sys; print('%.1f' % (float(sys.argv[2]) - float(sys.argv[1])))" "$started" "$(now)") s; answers 2xx so far: $(wc -l < "$WORK/journal.jsonl")"
sleep 6
POINT=$(now)
echo "== the point in time: $(date -u -d "@$POINT" +%FT%T.%6NZ); answers 2xx so far: $(wc -l < "$WORK/journal.jsonl")"
sleep 6
lag=$(psql_at "$PGPORT" "select coalesce(round(extract(epoch from now() - last_archived_time)::numeric, 1), -1) from pg_stat_archiver")
rel_stop_load
kill "$APP_PID"; wait "$APP_PID" 2> /dev/null || true; APP_PID=""
# the segment holding the point and what follows it reach the archive (archive_timeout would do it within 10 s)
last_segment=$(psql_at "$PGPORT" "select pg_walfile_name(pg_switch_wal())")
for _ in $(seq 1 300); do
  [ "$(psql_at "$PGPORT" "select coalesce(last_archived_wal >= '$last_segment', false) from pg_stat_archiver")" = t ] && break
  sleep 0.1
done
echo "archive: $(ls "$ARCHIVE" | wc -l) files; its lag behind the primary at the end of the load: $lag s"

echo "== the database lost; restored from the base backup and the archive up to the point"
local_pg_stop immediate
restore_started=$(now)
cp -a "$WORK/base" "$RESTORED"
target=$(date -u -d "@$POINT" '+%F %T.%6N+00')
{
  echo "restore_command = 'cp $ARCHIVE/%f %p'"
  echo "recovery_target_time = '$target'"
  echo "recovery_target_action = 'promote'"
} | $LOCAL_PG_RUN tee -a "$RESTORED/postgresql.auto.conf" > /dev/null
$LOCAL_PG_RUN touch "$RESTORED/recovery.signal"
$LOCAL_PG_RUN "$PGBIN/pg_ctl" -D "$RESTORED" -l "$WORK/restored.log" -w -t 300 start \
  -o "-p $RESTORED_PORT -k /tmp -c listen_addresses=127.0.0.1 -c archive_mode=off" > /dev/null
for _ in $(seq 1 600); do
  [ "$(psql_at "$RESTORED_PORT" "select pg_is_in_recovery()" 2> /dev/null || true)" = f ] && break
  sleep 0.1
done
database_at=$(now)
rel_start_app "jdbc:postgresql://127.0.0.1:$RESTORED_PORT/emploi"
ready_at=$(now)
python3 -c "import sys; s, d, r = map(float, sys.argv[1:]); print('recovery: database promoted %.1f s after the restore began, application ready %.1f s after it (RTO measured)' % (d - s, r - s))" \
  "$restore_started" "$database_at" "$ready_at"
grep -h "recovery stopping before\|last completed transaction" "$WORK/restored.log" | sed 's/^.*LOG: */postgres: /' || true
kill "$APP_PID"; wait "$APP_PID" 2> /dev/null || true; APP_PID=""

echo "== what was acknowledged before the point is there, nothing sent after it"
rel_check_journal "$RESTORED_PORT" "$POINT"
[ "$REL_FAILURES" = 0 ]
