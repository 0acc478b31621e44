# Sourced by the scripts that start a throw-away PostgreSQL on 127.0.0.1 (two-instances.sh, bench/run.sh,
# reliability/crash.sh).
#   local_pg_init <data dir> <port> [server options]  installs the server binaries with apt when missing, creates the
#                                                     cluster (as user postgres when run as root: initdb refuses root),
#                                                     starts it, creates the database "emploi"; sets PGBIN
#   local_pg_start                                    starts it again (the log is postgres.log beside the data dir)
#   local_pg_stop [fast|immediate]                    stops it
local_pg_init() {
  LOCAL_PG_DATA=$1 LOCAL_PG_PORT=$2 LOCAL_PG_OPTS=${3:-}
  if ! ls /usr/lib/postgresql/*/bin/initdb > /dev/null 2>&1; then
    echo "Installing PostgreSQL server binaries..."
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql > /dev/null
  fi
  PGBIN=$(dirname "$(ls /usr/lib/postgresql/*/bin/initdb | tail -1)")
  LOCAL_PG_RUN=""
  if [ "$(id -u)" = "0" ]; then
    chown -R postgres "$(dirname "$LOCAL_PG_DATA")"
    LOCAL_PG_RUN="runuser -u postgres --"
  fi
  $LOCAL_PG_RUN "$PGBIN/initdb" -D "$LOCAL_PG_DATA" -A trust -U postgres > /dev/null
  local_pg_start
  "$PGBIN/psql" -h 127.0.0.1 -p "$LOCAL_PG_PORT" -U postgres -qc "create database emploi"
}
local_pg_start() {
  $LOCAL_PG_RUN "$PGBIN/pg_ctl" -D "$LOCAL_PG_DATA" -l "$(dirname "$LOCAL_PG_DATA")/postgres.log" -w start \
    -o "-p $LOCAL_PG_PORT -k /tmp -c listen_addresses=127.0.0.1 $LOCAL_PG_OPTS" > /dev/null
}
local_pg_stop() {
  $LOCAL_PG_RUN "$PGBIN/pg_ctl" -D "$LOCAL_PG_DATA" -m "${1:-fast}" stop > /dev/null 2>&1 || true
}
