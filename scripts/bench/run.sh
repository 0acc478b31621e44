#!/usr/bin/env bash
# The performance benchmark (issue #10): the packaged application, in the prod profile, beside PostgreSQL doing the
# same SQL, in one run on this machine. Not a test: ./mvnw verify does not run it; .ci/run runs its --smoke version.
#
#   scripts/bench/run.sh            full run: 10k then 1M hiring intentions, 100k publishable sessions (20-25 min)
#   scripts/bench/run.sh --smoke    10k then 20k intentions, 1k sessions, a few seconds per measure (~5 min)
#   scripts/bench/run.sh --no-build reuse target/quarkus-app (both options combine)
#
# Prints a table, then as its last line:
#   P1 ratio=… p99_ms=… | P2 json_ratio=… lheo_ratio=… lheo_decoded_ratio=… | P3 worst_growth=… | P4 ready_s=… ready_ratio=… rss_mb=…
#   | P5 funnel_ms=… funnel_ratio=…
# Everything it writes goes under target/bench/ (results.txt holds the table). docs/performance.md explains each
# figure, what limits it and the last full run's results.
set -euo pipefail
cd "$(dirname "$0")/../.."
BENCH=scripts/bench

SMOKE=false BUILD=true
for arg in "$@"; do
  case $arg in
    --smoke) SMOKE=true ;;
    --no-build) BUILD=false ;;
    *) echo "unknown option $arg" >&2; exit 2 ;;
  esac
done
if $SMOKE; then
  SMALL=10000 LARGE=20000 SESSIONS_SMALL=100 SESSIONS=1000 SECONDS_EACH=3 WARMUP=5 WARM_MORE=1
else
  SMALL=10000 LARGE=1000000 SESSIONS_SMALL=1000 SESSIONS=100000 SECONDS_EACH=20 WARMUP=30 WARM_MORE=9
fi
LARGE=${BENCH_LARGE:-$LARGE} SESSIONS=${BENCH_SESSIONS:-$SESSIONS}
# BENCH_WARMUP, BENCH_SECONDS, BENCH_WARM_MORE: a smoke run's volumes with a full run's durations (e.g. a warm profile,
# BENCH_JFR=1); WARM_MORE: at most that many 10 s of P1's warm-up more while the JIT still compiles
WARMUP=${BENCH_WARMUP:-$WARMUP} SECONDS_EACH=${BENCH_SECONDS:-$SECONDS_EACH} WARM_MORE=${BENCH_WARM_MORE:-$WARM_MORE}
# The JVM as the Deployment runs it (k8s/base: memory limit 768Mi, -XX:MaxRAMPercentage=50, the native heap trimmed
# every 2 s; with under 2 GiB the JVM picks the serial collector), unless BENCH_JAVA_OPTS says otherwise.
JAVA_OPTS=${BENCH_JAVA_OPTS:--XX:MaxRAM=768m -XX:MaxRAMPercentage=50 -XX:TrimNativeHeapInterval=2000 -XX:+UseSerialGC}
# BENCH_NMT=1: native memory tracking on, its summary read at the end of the P1 maximum (target/bench/nmt-p1.txt)
[ "${BENCH_NMT:-0}" = 1 ] && JAVA_OPTS="$JAVA_OPTS -XX:NativeMemoryTracking=summary"
# BENCH_JFR=1: a JFR profile of the P1 maximum (target/bench/p1.jfr) and its hottest frames (target/bench/p1-profile.txt)
CONNECTIONS=16 # wrk's and pgbench's clients: the application's connection pool holds 16
PGPORT=${BENCH_PGPORT:-25460} PORT=${BENCH_PORT:-8097} PORT_SMALL=${BENCH_PORT_SMALL:-8096}
WORK=$PWD/target/bench
# The production profile requires the key that seals partners' webhook secrets at rest (a throwaway one here).
SECRET_KEY=$(head -c 32 /dev/urandom | base64)
URL=http://127.0.0.1:$PORT
run_start=$(date +%s)

# --- tools: wrk, PostgreSQL server and pgbench, openssl (Debian packages, installed when missing)
missing=()
command -v wrk > /dev/null || missing+=(wrk)
ls /usr/lib/postgresql/*/bin/pgbench > /dev/null 2>&1 || missing+=(postgresql-contrib)
command -v openssl > /dev/null || missing+=(openssl)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing ${missing[*]}..."
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" > /dev/null
fi

FLOOR=scripts/bench/floor
if $BUILD; then
  echo "== building the packaged application (./mvnw package -DskipTests)"
  ./mvnw -B -ntp -q package -DskipTests
fi
if $BUILD || [ ! -f $FLOOR/target/quarkus-app/quarkus-run.jar ]; then
  echo "== building the framework's floor (scripts/bench/floor: the same extensions, one trivial endpoint)"
  ./mvnw -B -ntp -q -f $FLOOR/pom.xml package -DskipTests
fi
test -f target/quarkus-app/quarkus-run.jar || { echo "target/quarkus-app/quarkus-run.jar missing: run without --no-build" >&2; exit 1; }
# The class-data-sharing archive Quarkus writes at package time (quarkus.package.jar.appcds.enabled): the service
# starts with it, as the image does (the path is the jar's folder's: the JVM runs there).
CDS=app-cds.jsa
test -f target/quarkus-app/app-cds.jsa || { echo "target/quarkus-app/app-cds.jsa missing: the package must build it (quarkus.package.jar.appcds.enabled)" >&2; exit 1; }

rm -rf "$WORK" && mkdir -p "$WORK"
RESULTS=$WORK/results.txt
row() { printf '%-44s %s\n' "$1" "$2" | tee -a "$RESULTS"; }

# --- PostgreSQL: one server for the application and for its baselines, same settings for both
. scripts/lib/local-postgres.sh
# BENCH_PG_OPTS: more server settings (e.g. "-c log_min_duration_statement=50"; its log is target/bench/postgres.log)
local_pg_init "$WORK/pgdata" "$PGPORT" "-c shared_buffers=512MB -c max_connections=60 -c max_wal_size=8GB -c checkpoint_timeout=30min ${BENCH_PG_OPTS:-}"
APP_PID="" SMALL_PID=""
cleanup() {
  [ -n "$APP_PID" ] && kill "$APP_PID" 2> /dev/null || true
  [ -n "$SMALL_PID" ] && kill "$SMALL_PID" 2> /dev/null || true
  local_pg_stop
}
trap cleanup EXIT
psql() { "$PGBIN/psql" -h 127.0.0.1 -p "$PGPORT" -U postgres -d "${PGDB:-emploi}" -v ON_ERROR_STOP=1 -qtA "$@"; }

# --- tokens: signed with the benchmark's own key; the application trusts its public key (quarkus.oidc.public-key)
openssl genrsa -out "$WORK/key.pem" 2048 2> /dev/null
PUBLIC_KEY=$(openssl rsa -in "$WORK/key.pem" -pubout 2> /dev/null | grep -v -- '-----' | tr -d '\n')
token() { $BENCH/jwt.sh "$WORK/key.pem" "$@"; }
PLATFORM=$(token nosemplois employer-platform)
BODY=$(token of-mandataire-demo training-body '"org_siret":"73866205898790"')
REGION=$(token region-tool region-officer)
PUBLISHER=$(token cariforef publisher)

start_app() { # [extra JVM options] - sets APP_PID, and READY_SECONDS: from `java -jar` to the first 200 of /q/health/ready
  # (APP_JAR: another packaged application, the floor; APP_DB, APP_PORT: another database and port than emploi, $PORT)
  local begin; begin=$(date +%s%N)
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$PGPORT/${APP_DB:-emploi}" QUARKUS_DATASOURCE_USERNAME=postgres \
  QUARKUS_DATASOURCE_PASSWORD=unused QUARKUS_OIDC_PUBLIC_KEY="$PUBLIC_KEY" QUARKUS_HTTP_PORT=${APP_PORT:-$PORT} \
  _PROD_EF_OPENAPI_TOKEN_URL=http://127.0.0.1/unused \
  EF_RATE_LIMIT_PER_MINUTE_EMPLOYER_PLATFORM=100000000 EF_RATE_LIMIT_PER_MINUTE_REGION_OFFICER=100000000 \
  EF_RATE_LIMIT_PER_MINUTE_PUBLISHER=100000000 EF_RATE_LIMIT_PER_MINUTE_TRAINING_BODY=100000000 \
  EF_WEBHOOKS_SECRET_KEY="$SECRET_KEY" EF_PUBLICATION_SEAL_INTERVAL=PT2S bash -c 'cd "$(dirname "$0")" && exec java "$@" -jar quarkus-run.jar' "${APP_JAR:-target/quarkus-app/quarkus-run.jar}" \
    $JAVA_OPTS "$@" >> "$WORK/app.log" 2>&1 & # from the jar's folder, as the image runs it: the archive names the jar so
  APP_PID=$!
  for _ in $(seq 1 1200); do
    if curl -fs -o /dev/null "http://127.0.0.1:${APP_PORT:-$PORT}/q/health/ready" 2> /dev/null; then
      READY_SECONDS=$(echo "scale=2; ($(date +%s%N) - $begin) / 1000000000" | bc | sed 's/^\./0./')
      return
    fi
    kill -0 "$APP_PID" 2> /dev/null || break
    sleep 0.05
  done
  echo "the application did not become ready; see $WORK/app.log" >&2
  exit 1
}
stop_app() { kill "$APP_PID"; wait "$APP_PID" 2> /dev/null || true; APP_PID=""; }
rss_mb() { echo $(( $(ps -o rss= -p "$APP_PID") / 1024 )); }
field() { sed -n "s/.*\b$1=\([^ ]*\).*/\1/p" | tail -1; } # a key=value of a RESULT line
ratio() { echo "scale=2; $1 / $2" | bc | sed 's/^\./0./'; }
sealed() { # waits until the application has deflated the fragments the generator cloned (V31; the export would
  # otherwise seal them on every pull), then prints how long that took
  local begin; begin=$(date +%s)
  for _ in $(seq 1 600); do
    [ "$(psql -c "select count(*) from publication_entry where lheo is not null and lheo_deflate is null")" = 0 ] && break
    sleep 1
  done
  row "data: LHEO fragments deflated (background)" "$(psql -c "select count(*) from publication_entry where lheo_deflate is not null") in $(( $(date +%s) - begin )) s"
}
median() { sort -n "$1" | sed -n "$(( ($(wc -l < "$1") + 1) / 2 ))p"; }
max() { echo "if ($1 > $2) $1 else $2" | bc | sed 's/^\./0./'; }

echo "== machine: $(nproc) cores, $(free -g | awk '/Mem/{print $2}') GiB, $(java -version 2>&1 | head -1), PostgreSQL $("$PGBIN/postgres" --version | awk '{print $3}')" \
  | tee "$RESULTS"

# --- data: templates written through the API, then cloned in SQL
start_app -XX:SharedArchiveFile=$CDS
$BENCH/seed.sh "$URL" "$PLATFORM" "$BODY" "$REGION" > "$WORK/seed.txt"
stop_app
generate() { # intentions, publishable sessions
  local begin; begin=$(date +%s)
  psql -v intentions="$1" -v sessions="$2" -f $BENCH/generate.sql | tail -1 > "$WORK/volume.txt"
  row "data: intentions|requests|publishable|tomb.|paths" "$(cat "$WORK/volume.txt") (generated in $(( $(date +%s) - begin )) s)"
}
generate $SMALL $SESSIONS_SMALL
# A copy of the small volume, kept as it is for P3: the reads are measured at both volumes in alternation at the end,
# each side by its own instance of the service, so that the machine's changes of speed in the meantime (PostgreSQL at
# half speed for minutes on some runs) fall on both sides of the ratio alike
PGDB=postgres psql -c "create database emploi_small template emploi"

# --- P4: a restart on a migrated database, as a pod restarts. The framework's floor (the same extensions, one trivial
# endpoint, the same JVM options and database), the service without and with its AppCDS archive, in turns, three
# times: the medians, and the service's as a ratio of the floor's. The service stays up, with its archive, as deployed.
for turn in 1 2 3; do
  APP_JAR=$FLOOR/target/quarkus-app/quarkus-run.jar start_app
  echo "$READY_SECONDS" >> "$WORK/p4-floor.txt"
  rss_mb >> "$WORK/p4-floor-rss.txt"
  stop_app
  start_app
  echo "$READY_SECONDS" >> "$WORK/p4-plain.txt"
  stop_app
  start_app -XX:SharedArchiveFile=$CDS
  echo "$READY_SECONDS" >> "$WORK/p4-cds.txt"
  [ $turn = 3 ] || stop_app
done
if grep -q "Unable to use shared archive" "$WORK/app.log"; then
  echo "the JVM did not use the AppCDS archive: see $WORK/app.log" >&2
  exit 1
fi
READY_S=$(median "$WORK/p4-cds.txt")
FLOOR_S=$(median "$WORK/p4-floor.txt")
READY_RATIO=$(ratio "$READY_S" "$FLOOR_S")
row "P4 floor ready (same extensions, median of 3)" "$FLOOR_S s ($(tr '\n' ' ' < "$WORK/p4-floor.txt")s; RSS idle $(median "$WORK/p4-floor-rss.txt") MB)"
row "P4 ready without AppCDS (median of 3)" "$(median "$WORK/p4-plain.txt") s ($(tr '\n' ' ' < "$WORK/p4-plain.txt")s), $(ratio "$(median "$WORK/p4-plain.txt")" "$FLOOR_S") × the floor"
row "P4 ready with AppCDS, as deployed (median of 3)" "$READY_S s ($(tr '\n' ' ' < "$WORK/p4-cds.txt")s), $READY_RATIO × the floor"
row "P4 RSS idle" "$(rss_mb) MB"
sealed

# --- P3: five reads, at the small and at the large volume (measured at the end, in alternation)
P3_READS="get list body deep delta"
p3_paths() { # label: the paths of each read in the label's database (PGDB), to $WORK/p3-<read>-<label>.paths
  psql -c "select '/api/v1/hiring-intentions/' || id from hiring_intention where external_id ~ '^bench-' order by md5(id::text) limit 1000" > "$WORK/p3-get-$1.paths"
  echo "/api/v1/hiring-intentions?status=ELIGIBLE&size=20" > "$WORK/p3-list-$1.paths"
  # a training body's own list (what it sent or what names it): the bench's mandataire, named in 70 % of them
  echo "/api/v1/hiring-intentions?size=20" > "$WORK/p3-body-$1.paths"
  # a deep page of the platform's list, by cursor (issue #22): the page after 90 % of its intentions
  local deep; deep=$(psql -c "select (extract(epoch from created_at) * 1000000)::bigint || ':' || id from hiring_intention
    where sender = 'employer-platform:nosemplois' order by created_at, id
    offset (select count(*) * 9 / 10 from hiring_intention where sender = 'employer-platform:nosemplois') limit 1")
  echo "/api/v1/hiring-intentions?size=20&cursor=$(printf 'i1:%s' "$deep" | openssl base64 -A | tr '+/' '-_' | tr -d '=')" > "$WORK/p3-deep-$1.paths"
  local last; last=$(psql -c "select coalesce(max(change_seq), 0) from publication_entry")
  local cursor; cursor=$(printf 'c1:%d' $((last > 50 ? last - 50 : 0)) | openssl base64 -A | tr '+/' '-_' | tr -d '=')
  echo "/api/v1/publication/sessions?limit=100&cursor=$cursor" > "$WORK/p3-delta-$1.paths"
}
p3_token() { case $1 in get) echo "$REGION" ;; list|deep) echo "$PLATFORM" ;; body) echo "$BODY" ;; delta) echo "$PUBLISHER" ;; esac; }
p3_wrk() { # read label url seconds [output]
  PATHS=$WORK/p3-$1-$2.paths TOKEN=$(p3_token "$1") wrk -t1 -c2 -d"$4"s -s $BENCH/get.lua "$3" > "${5:-/dev/null}"
}
compiling() { # pid: how many methods the JIT is compiling or has queued (jcmd Compiler.queue)
  jcmd "$1" Compiler.queue 2> /dev/null | grep -cE '^ *[0-9]+ +|CompilerThread' || true
}
settle() { # row pid: the JIT's queues empty (at most 180 s), so that P1 and P3 measure the service's steady state, not
  # the compiler's backlog after a restart (issue #22: a fresh JVM's single C2 thread stays busy for minutes, the list
  # read measured 11.9 ms at 1M before its queue emptied and 3.3 ms after, on the same data)
  local begin; begin=$(date +%s%N)
  for _ in $(seq 1 180); do [ "$(compiling "$2")" = 0 ] && break; sleep 1; done
  row "$1" "$(echo "scale=1; ($(date +%s%N) - $begin) / 1000000000" | bc | sed 's/^\./0./') s after the warm-up ($(compiling "$2") left)"
}

# --- P1: intake against pgbench running the endpoint's statements
# Both measured at the service's steady state and in alternation (issue #22). Steady state: the warm-up goes on 10 s at
# a time (at most WARM_MORE times) until the JIT's compiler threads take at most 5 % of the JVM's CPU, then their queue
# is let empty, as for P3 (30 s of intake alone left C2 compiling a fifth of a core through the whole maximum).
# Alternation: three rounds of (API, pgbench), SECONDS_EACH/2 a side; the ratio is of the two sides' medians, so that
# a machine whose speed drifts between two phases minutes apart moves both sides alike.
busy_ticks() { awk '/^cpu /{print $2 + $3 + $4 + $7 + $8 + $9}' /proc/stat; }
cpu_ticks() { awk '/^cpu /{print $2 + $3 + $4 + $7 + $8 + $9, $6, $9, $2 + $3 + $4 + $5 + $6 + $7 + $8 + $9}' /proc/stat; } # busy iowait steal all
cpu_shares() { # two cpu_ticks readings: the machine's busy, iowait and steal shares between them
  echo "$1 $2" | awk '{a = $8 - $4; if (a < 1) a = 1; printf "machine busy %d %% (stolen by the host %d %%), iowait %d %%", ($5 - $1) * 100 / a, ($7 - $3) * 100 / a, ($6 - $2) * 100 / a}'
}
jvm_ticks() { # pid [name pattern]: CPU ticks of the JVM's threads (all, or those whose name matches)
  local sum=0 t
  for t in /proc/"$1"/task/*; do
    if grep -q "${2:-.}" "$t/comm" 2> /dev/null; then sum=$(( sum + $(awk '{print $14 + $15}' "$t/stat" 2> /dev/null || echo 0) )); fi
  done
  echo $sum
}
per_op() { echo "scale=3; $1 * 1000 / $(getconf CLK_TCK) / $2" | bc | sed 's/^\./0./'; } # ticks count: ms per operation
echo "   (warming the JIT up: ${WARMUP} s of intake, then 10 s more at a time while its compilers take over 5 % of the JVM's CPU)"
TOKEN=$PLATFORM RUN_ID=warm wrk -t2 -c$CONNECTIONS -d${WARMUP}s -s $BENCH/intake.lua "$URL" > /dev/null
WARMED=$WARMUP JIT_SHARE=""
for _ in $(seq 1 $WARM_MORE); do
  j0=$(jvm_ticks "$APP_PID") c0=$(jvm_ticks "$APP_PID" CompilerThre)
  TOKEN=$PLATFORM RUN_ID=warm wrk -t2 -c$CONNECTIONS -d10s -s $BENCH/intake.lua "$URL" > /dev/null
  WARMED=$(( WARMED + 10 )) JIT_SHARE=$(( ($(jvm_ticks "$APP_PID" CompilerThre) - c0) * 100 / ($(jvm_ticks "$APP_PID") - j0 + 1) ))
  [ $JIT_SHARE -le 5 ] && break
done
row "P1 warm-up" "$WARMED s of intake$([ -n "$JIT_SHARE" ] && echo " (the JIT's compilers $JIT_SHARE % of the JVM's CPU in its last 10 s)")"
settle "P1 JIT settled" "$APP_PID"
ELIGIBILITY=$(psql -c "select eligibility::text from hiring_intention where external_id like 'warm-%' limit 1")
ROUND=$(( SECONDS_EACH / 2 > 2 ? SECONDS_EACH / 2 : 2 ))
RSS_PEAK=0
( while kill -0 "$APP_PID" 2> /dev/null; do rss_mb; sleep 1; done ) > "$WORK/rss.txt" 2> /dev/null &
RSS_SAMPLER=$!
[ "${BENCH_JFR:-0}" = 1 ] && jcmd "$APP_PID" JFR.start name=p1 settings=profile > /dev/null
API_N=0 API_BUSY=0 API_JVM=0 API_JIT=0 PG_N=0 PG_BUSY=0
for round in 1 2 3; do
  b0=$(busy_ticks) j0=$(jvm_ticks "$APP_PID") c0=$(jvm_ticks "$APP_PID" CompilerThre)
  TOKEN=$PLATFORM RUN_ID=max-$round wrk -t2 -c$CONNECTIONS -d${ROUND}s -s $BENCH/intake.lua "$URL" > "$WORK/p1-api-$round.txt"
  API_BUSY=$(( API_BUSY + $(busy_ticks) - b0 )) API_JVM=$(( API_JVM + $(jvm_ticks "$APP_PID") - j0 ))
  API_JIT=$(( API_JIT + $(jvm_ticks "$APP_PID" CompilerThre) - c0 ))
  [ "$(field non2xx < "$WORK/p1-api-$round.txt")" = 0 ] || { echo "P1: answers other than 2xx" >&2; cat "$WORK/p1-api-$round.txt" >&2; exit 1; }
  API_N=$(( API_N + $(field requests < "$WORK/p1-api-$round.txt") ))
  field rps < "$WORK/p1-api-$round.txt" >> "$WORK/p1-api.rps"
  b0=$(busy_ticks)
  "$PGBIN/pgbench" -h 127.0.0.1 -p "$PGPORT" -U postgres -n -M prepared -c $CONNECTIONS -j 2 -T "$ROUND" \
    -D eligibility="$ELIGIBILITY" -D sender=employer-platform:nosemplois -f $BENCH/intake.pgbench.sql emploi > "$WORK/p1-pgbench-$round.txt" 2>&1
  PG_BUSY=$(( PG_BUSY + $(busy_ticks) - b0 ))
  PG_N=$(( PG_N + $(sed -n 's/^number of transactions actually processed: \([0-9]*\).*/\1/p' "$WORK/p1-pgbench-$round.txt") ))
  sed -n 's/^tps = \([0-9.]*\).*/\1/p' "$WORK/p1-pgbench-$round.txt" >> "$WORK/p1-pgbench.tps"
done
if [ "${BENCH_JFR:-0}" = 1 ]; then
  jcmd "$APP_PID" JFR.stop name=p1 filename="$WORK/p1.jfr" > /dev/null
  jfr print --json --stack-depth 64 --events jdk.ExecutionSample "$WORK/p1.jfr" | python3 $BENCH/jfr-top.py > "$WORK/p1-profile.txt"
fi
kill $RSS_SAMPLER 2> /dev/null || true
[ "${BENCH_NMT:-0}" = 1 ] && jcmd "$APP_PID" VM.native_memory summary > "$WORK/nmt-p1.txt"
RSS_PEAK=$(sort -n "$WORK/rss.txt" | tail -1)
API_RPS=$(median "$WORK/p1-api.rps")
# the median round's latencies
API_MEDIAN_ROUND=$(grep -l "rps=$API_RPS " "$WORK"/p1-api-?.txt | head -1)
PG_TPS=$(median "$WORK/p1-pgbench.tps")
P1_RATIO=$(ratio "$API_RPS" "$PG_TPS")
row "P1 PostgreSQL alone (pgbench, same SQL)" "$PG_TPS transactions/s, median of 3 rounds of ${ROUND} s ($(tr '\n' ' ' < "$WORK/p1-pgbench.tps" | sed 's/ $//'); $CONNECTIONS clients)"
row "P1 API maximum (wrk, new intention each)" "$API_RPS requests/s, median of 3 rounds between them ($(tr '\n' ' ' < "$WORK/p1-api.rps" | sed 's/ $//'); $CONNECTIONS connections, p50 $(field p50_ms < "$API_MEDIAN_ROUND") ms, p99 $(field p99_ms < "$API_MEDIAN_ROUND") ms)"
row "P1 CPU per intake, both cores" "API $(per_op $API_BUSY $API_N) ms (the JVM $(per_op $API_JVM $API_N), of which its JIT $(per_op $API_JIT $API_N)); pgbench $(per_op $PG_BUSY $PG_N) ms"
row "P1 ratio API / PostgreSQL" "$P1_RATIO"
# 70 % of the maximum: each of 8 connections waits between two requests, so that the rate falls to 70 % (closed
# loop). A short probe measures the mean time a request takes at about that rate, and the wait is the period each
# connection must keep minus that time; a second probe corrects the wait by the rate it achieved. The achieved rate
# is printed: the percentiles were measured at it.
TARGET=$(echo "$API_RPS * 0.7" | bc)
PACE_CONN=8
PACE_MS=$(echo "$PACE_CONN * 1000 / $TARGET" | bc)
TOKEN=$PLATFORM RUN_ID=probe PACE_MS=$PACE_MS wrk -t2 -c$PACE_CONN -d$(( SECONDS_EACH / 4 + 2 ))s -s $BENCH/intake.lua "$URL" > "$WORK/p1-probe.txt"
PACE_MS=$(echo "p = $PACE_CONN * 1000 / $TARGET - $(field mean_ms < "$WORK/p1-probe.txt"); if (p < 0) 0 else p / 1" | bc)
TOKEN=$PLATFORM RUN_ID=probe2 PACE_MS=$PACE_MS wrk -t2 -c$PACE_CONN -d$(( SECONDS_EACH / 4 + 2 ))s -s $BENCH/intake.lua "$URL" > "$WORK/p1-probe2.txt"
PACE_MS=$(echo "p = $PACE_MS + $PACE_CONN * 1000 / $TARGET - $PACE_CONN * 1000 / $(field rps < "$WORK/p1-probe2.txt"); if (p < 0) 0 else p / 1" | bc)
CPU0=$(cpu_ticks)
( while :; do cpu_ticks; sleep 1; done ) > "$WORK/p1-70.cpu" &
CPU_SAMPLER=$!
TOKEN=$PLATFORM RUN_ID=seventy PACE_MS=$PACE_MS wrk -t2 -c$PACE_CONN -d${SECONDS_EACH}s -s $BENCH/intake.lua "$URL" > "$WORK/p1-70.txt"
CPU1=$(cpu_ticks)
kill $CPU_SAMPLER 2> /dev/null; wait $CPU_SAMPLER 2> /dev/null || true
P1_P99=$(field p99_ms < "$WORK/p1-70.txt")
row "P1 at 70 % (target $(printf '%.0f' "$TARGET")/s)" "$(field rps < "$WORK/p1-70.txt") requests/s achieved: p50 $(field p50_ms < "$WORK/p1-70.txt") ms, p99 $P1_P99 ms, max $(field max_ms < "$WORK/p1-70.txt") ms"
# what else the machine did meanwhile: a p99 over 50 ms in a closed loop of 8 connections needs seconds of slow answers
row "P1 the machine during the 70 %" "$(cpu_shares "$CPU0" "$CPU1"); its worst second: $(awk 'NR > 1 { a = $4 - p4; if (a < 1) a = 1
  if (($3 - p3) * 100 / a > s) s = ($3 - p3) * 100 / a; if (($2 - p2) * 100 / a > w) w = ($2 - p2) * 100 / a }
  { p2 = $2; p3 = $3; p4 = $4 } END { printf "stolen %d %%, iowait %d %%", s, w }' "$WORK/p1-70.cpu")"
row "P4 RSS under the P1 load (peak)" "$RSS_PEAK MB"
row "P1 intentions recorded by the API" "$(psql -c "select count(*) from hiring_intention where external_id ~ '^(warm|max|probe|probe2|seventy)-'") (all answered 2xx)"

# --- grow to the large volume; P3 again
stop_app
generate $LARGE $SESSIONS
start_app -XX:SharedArchiveFile=$CDS
row "P4 ready at the large volume (AppCDS)" "$READY_SECONDS s ($(grep -o 'started in [0-9.]*s' "$WORK/app.log" | tail -1))"
sealed
# The small volume's own instance, on the copy made before P1 (same JVM options and archive), beside the large one
LARGE_PID=$APP_PID
APP_DB=emploi_small APP_PORT=$PORT_SMALL start_app -XX:SharedArchiveFile=$CDS
SMALL_PID=$APP_PID APP_PID=$LARGE_PID
PGDB=emploi_small sealed
URL_SMALL=http://127.0.0.1:$PORT_SMALL
PGDB=emploi_small p3_paths small
p3_paths large
for read in $P3_READS; do # every read warmed up first on both, then the JITs left to finish
  p3_wrk $read small "$URL_SMALL" "$WARMUP"
  p3_wrk $read large "$URL" "$WARMUP"
done
settle "P3 JIT settled at small" "$SMALL_PID"
settle "P3 JIT settled at large" "$APP_PID"
# Each read: three rounds, each measuring the small volume then the large one (a short warm-up before each); the p50
# of a side is the median of its three rounds' p50s
P3_WORST=0
for read in $P3_READS; do
  for label in small large; do : > "$WORK/p3-$read-$label.p50"; done
  for round in 1 2 3; do
    for label in small large; do
      url=$URL; [ $label = small ] && url=$URL_SMALL
      p3_wrk $read $label "$url" $(( WARMUP / 10 + 1 ))
      p3_wrk $read $label "$url" $(( SECONDS_EACH / 2 + 1 )) "$WORK/p3-$read-$label-$round.txt"
      [ "$(field non2xx < "$WORK/p3-$read-$label-$round.txt")" = 0 ] || { echo "P3 $read answered non-2xx" >&2; cat "$WORK/p3-$read-$label-$round.txt" >&2; exit 1; }
      field p50_ms < "$WORK/p3-$read-$label-$round.txt" >> "$WORK/p3-$read-$label.p50"
    done
  done
  small=$(median "$WORK/p3-$read-small.p50") large=$(median "$WORK/p3-$read-large.p50")
  growth=$(ratio "$large" "$small")
  row "P3 $read p50 at $SMALL / $LARGE" "$small / $large ms, growth $growth (rounds: $(tr '\n' ' ' < "$WORK/p3-$read-small.p50")/ $(tr '\n' ' ' < "$WORK/p3-$read-large.p50" | sed 's/ $//') ms)"
  P3_WORST=$(max "$P3_WORST" "$growth")
done
kill "$SMALL_PID"; wait "$SMALL_PID" 2> /dev/null || true; SMALL_PID=""

# --- P5: the Region's funnel (issue #12) over a year of receipts, i.e. every generated intention: the API's answer
# time, one warm-up call then the median of five (the statement's plan is in docs/performance.md).
FUNNEL_URL="$URL/api/v1/statistics/funnel"
curl -fs -o "$WORK/funnel.json" -H "Authorization: Bearer $REGION" "$FUNNEL_URL"
for _ in 1 2 3 4 5; do
  curl -fs -o /dev/null -w '%{time_total}\n' -H "Authorization: Bearer $REGION" "$FUNNEL_URL"
done | sort -n > "$WORK/p5.txt"
P5_MS=$(echo "scale=0; $(sed -n 3p "$WORK/p5.txt") * 1000 / 1" | bc)
row "P5 funnel over a year, median of 5" "$P5_MS ms (max $(echo "scale=0; $(tail -1 "$WORK/p5.txt") * 1000 / 1" | bc) ms; received $(sed -n 's/.*"total":{"received":\([0-9]*\).*/\1/p' "$WORK/funnel.json"))"
# Baseline: PostgreSQL counting the same rows, the median of five after one warm-up (psql's \timing)
for _ in 1 2 3 4 5 6; do
  psql -c '\timing on' -c 'select count(*) from hiring_intention' | sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p'
done | tail -5 > "$WORK/p5-count.txt"
COUNT_MS=$(median "$WORK/p5-count.txt")
FUNNEL_RATIO=$(ratio "$P5_MS" "$COUNT_MS")
row "P5 PostgreSQL counting them, median of 5" "$COUNT_MS ms; funnel / count $FUNNEL_RATIO"

# --- P2: full pulls of the feed and of the LHEO export, against \copy of the same rows
# (the columns the feed serves: the stored LHEO fragments, V29, are not part of the baseline)
COPY_COLUMNS="session_id, change_seq, published, deleted_at, employer_sirets, payload, updated_at"
copy_seconds() { # \copy of the rows, timed
  local begin; begin=$(date +%s%N)
  psql -c "\copy (select $COPY_COLUMNS from publication_entry where published order by change_seq) to '/dev/null'"
  echo "scale=3; ($(date +%s%N) - $begin) / 1000000000" | bc | sed 's/^\./0./'
}
# The baseline is timed three times, around the pulls it is compared with (before the snapshot, between it and the
# LHEO export, after that): the median, so that a minute of slow PostgreSQL falls on both sides of the ratios
copy_seconds > /dev/null # warm cache
java $BENCH/Feed.java feed "$URL" "$PUBLISHER" 500 3 > "$WORK/p2-json-500.txt" # 2 pulls warm both sides up, the 3rd is timed
java $BENCH/Feed.java feed "$URL" "$PUBLISHER" 2000 3 > "$WORK/p2-json-2000.txt" # the largest pages (issue #22)
heap_used_mb() { jstat -gc "$APP_PID" 2> /dev/null | tail -1 | awk '{print int(($3 + $4 + $6 + $8) / 1024)}'; } # S0U+S1U+EU+OU
# a first full sync in one response, streamed (GET /publication/sessions/snapshot, issue #22): the budget's figure;
# the heap sampled during it as during the LHEO pull
jcmd "$APP_PID" GC.run > /dev/null
( while kill -0 "$APP_PID" 2> /dev/null; do heap_used_mb; sleep 0.2; done ) > "$WORK/heap-json.txt" 2> /dev/null &
HEAP_SAMPLER=$!
copy_seconds > "$WORK/p2-copy.txt"
java $BENCH/Feed.java snapshot "$URL" "$PUBLISHER" 3 > "$WORK/p2-json.txt"
copy_seconds >> "$WORK/p2-copy.txt"
kill $HEAP_SAMPLER 2> /dev/null || true
JSON_S=$(field seconds < "$WORK/p2-json.txt")
HEAP_JSON=$(sort -n "$WORK/heap-json.txt" | tail -1)
HEAP_JSON=${HEAP_JSON:-$(heap_used_mb)} # a pull shorter than one sampling period
# the LHEO export as a consumer asks for it, gzip-encoded (issue #22: from the fragments deflated at publication),
# received whole as it is sent: the budget's figure, as \copy's is PostgreSQL's rows received and not parsed. Then
# the same pull decoded by curl as it arrives (the consumer's inflating, one core of this machine, is then the limit),
# and not encoded, for comparison; the three documents must be the same.
curl -fs --compressed -o /dev/null -H "Authorization: Bearer $PUBLISHER" "$URL/api/v1/publication/sessions.xml" # warm-up
jcmd "$APP_PID" GC.run > /dev/null
HEAP_BEFORE=$(heap_used_mb)
( while kill -0 "$APP_PID" 2> /dev/null; do heap_used_mb; sleep 0.2; done ) > "$WORK/heap.txt" 2> /dev/null &
HEAP_SAMPLER=$!
read -r LHEO_S LHEO_WIRE < <(curl -fs -H 'Accept-Encoding: gzip' -o "$WORK/lheo.xml.gz" -w '%{time_total} %{size_download}\n' -H "Authorization: Bearer $PUBLISHER" "$URL/api/v1/publication/sessions.xml")
kill $HEAP_SAMPLER 2> /dev/null || true
LHEO_DECODED_S=$(curl -fs --compressed -o "$WORK/lheo.xml" -w '%{time_total}' -H "Authorization: Bearer $PUBLISHER" "$URL/api/v1/publication/sessions.xml")
LHEO_PLAIN_S=$(curl -fs -o "$WORK/lheo-plain.xml" -w '%{time_total}' -H "Authorization: Bearer $PUBLISHER" "$URL/api/v1/publication/sessions.xml")
copy_seconds >> "$WORK/p2-copy.txt"
COPY_S=$(median "$WORK/p2-copy.txt")
HEAP_PEAK=$(sort -n "$WORK/heap.txt" | tail -1)
HEAP_PEAK=${HEAP_PEAK:-$HEAP_BEFORE} # a pull shorter than one sampling period
jcmd "$APP_PID" GC.run > /dev/null
HEAP_AFTER=$(heap_used_mb)
row "P2 \\copy of the publishable rows, median of 3" "$COPY_S s ($(tr '\n' ' ' < "$WORK/p2-copy.txt" | sed 's/ $//') s)"
row "P2 JSON feed, full pull (pages of 500)" "$(field seconds < "$WORK/p2-json-500.txt") s ($(field pages < "$WORK/p2-json-500.txt") pages)"
row "P2 JSON feed, full pull (pages of 2 000)" "$(field seconds < "$WORK/p2-json-2000.txt") s ($(field pages < "$WORK/p2-json-2000.txt") pages)"
row "P2 JSON snapshot, one response" "$JSON_S s ($(field sessions < "$WORK/p2-json.txt") sessions, $(field bytes < "$WORK/p2-json.txt") bytes; heap peak $HEAP_JSON MB)"
row "P2 LHEO export, gzip, received" "$LHEO_S s ($LHEO_WIRE bytes on the wire)"
row "P2 LHEO export, gzip, decoded as received" "$LHEO_DECODED_S s ($(grep -o '<session[ >]' "$WORK/lheo.xml" | wc -l) sessions, $(stat -c %s "$WORK/lheo.xml") bytes), $(ratio "$LHEO_DECODED_S" "$COPY_S") × \\copy"
row "P2 LHEO export, not encoded" "$LHEO_PLAIN_S s ($(stat -c %s "$WORK/lheo-plain.xml") bytes), $(ratio "$LHEO_PLAIN_S" "$COPY_S") × \\copy"
same_document() { cmp -s <(sed 's/horodatage-export="[^"]*"//' "$1") <(sed 's/horodatage-export="[^"]*"//' "$2"); }
same_document "$WORK/lheo.xml" "$WORK/lheo-plain.xml" && same_document <(gzip -dc "$WORK/lheo.xml.gz") "$WORK/lheo-plain.xml" \
  || { echo "P2: the gzip-encoded and the plain LHEO exports differ" >&2; exit 1; }
JSON_RATIO=$(ratio "$JSON_S" "$COPY_S")
LHEO_RATIO=$(ratio "$LHEO_S" "$COPY_S")
LHEO_DECODED_RATIO=$(ratio "$LHEO_DECODED_S" "$COPY_S")
row "P2 ratios JSON / \\copy, LHEO / \\copy" "$JSON_RATIO, $LHEO_RATIO (decoded $LHEO_DECODED_RATIO)"
row "P2 heap: before, peak during, after the LHEO pull" "$HEAP_BEFORE MB, $HEAP_PEAK MB, $HEAP_AFTER MB (after a GC)"
stop_app

row "run time" "$(( $(date +%s) - run_start )) s"
echo "P1 ratio=$P1_RATIO p99_ms=$P1_P99 | P2 json_ratio=$JSON_RATIO lheo_ratio=$LHEO_RATIO lheo_decoded_ratio=$LHEO_DECODED_RATIO | P3 worst_growth=$P3_WORST | P4 ready_s=$READY_S ready_ratio=$READY_RATIO rss_mb=$RSS_PEAK | P5 funnel_ms=$P5_MS funnel_ratio=$FUNNEL_RATIO" \
  | tee -a "$RESULTS"
