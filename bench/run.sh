#!/usr/bin/env bash
# The benchmark of docs/performance.md (quality.md B1-B5), one command on a fresh clone:
#   bench/run.sh
# Builds the jars, starts the server on a fresh embedded database (JAVA_OPTS=-Xmx256m), loads the data set through
# the API, runs B1, B1-limit (pgbench), B2 (8 and 32 clients) and B3 BENCH_RUNS times each, measures B4 (start to
# ready) and B5 (resident memory during B2), runs the SIGTERM-under-load check, and prints one table of medians.
# Raw results go to bench/results/<UTC timestamp>/. Settings (environment):
#   BENCH_RUNS=3 BENCH_SECONDS=20 BENCH_WARMUP=3      runs per scenario, measured seconds, warm-up seconds per run
#   BENCH_SERVER_WARMUP=10     seconds of B1 and of B2 load, not measured, once before the first run (JIT warm-up)
#   BENCH_B1_CLIENTS=64 BENCH_B2_CLIENTS="8 32" BENCH_B3_CLIENTS="1 8" BENCH_PGBENCH_THREADS=2
#   BENCH_JAVA_OPTS=-Xmx256m   the server's JAVA_OPTS        BENCH_DB_POOL_SIZE=10   the server's POS_DB_POOL_SIZE
#   BENCH_JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64      another JDK for the server and the load generator
#   BENCH_SIGTERM=1            0 skips bench/sigterm-under-load.sh
#   BENCH_KEEP_DATA=0          1 keeps the temporary data directories
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
install_cleanup

RUNS=${BENCH_RUNS:-3}
MEASURE=${BENCH_SECONDS:-20}
WARMUP=${BENCH_WARMUP:-3}
B1_CLIENTS=${BENCH_B1_CLIENTS:-64}
read -r -a B2_CLIENTS <<<"${BENCH_B2_CLIENTS:-8 32}"
read -r -a B3_CLIENTS <<< "${BENCH_B3_CLIENTS:-1 8}"
PGBENCH_THREADS=${BENCH_PGBENCH_THREADS:-2}
export BENCH_SERVER_JAVA_OPTS=${BENCH_JAVA_OPTS:--Xmx256m}
export BENCH_DB_POOL_SIZE=${BENCH_DB_POOL_SIZE:-10}

# 1. Tools and build -----------------------------------------------------------------------------------------------
choose_jdk
log "JDK: $JDK_NAME"
java -version
command -v mvn >/dev/null || die "Maven (mvn) is needed"
command -v curl >/dev/null || die "curl is needed"
PGBENCH=$(find_pgbench) || {
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    log "pgbench not found: installing Debian's postgresql-contrib (it brings pgbench)"
    apt-get install -y -q postgresql-contrib >/dev/null || die "could not install pgbench"
    PGBENCH=$(find_pgbench) || die "pgbench still not found"
  else
    die "pgbench not found: install Debian's postgresql-contrib (or postgresql-client) package"
  fi
}
log "pgbench: $PGBENCH ($("$PGBENCH" --version))"
log "building (mvn -B -q -DskipTests package)"
mvn -B -q -DskipTests package
[ -f "$LOADGEN_JAR" ] || die "$LOADGEN_JAR was not built"

RESULTS="bench/results/$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$RESULTS/runs"
RESULTS=$(cd "$RESULTS" && pwd)
SERVER_LOG="$RESULTS/server.log"
DATA=$(mktemp -d /tmp/salescore-bench.XXXXXX)
BENCH_TEMP_DIRS+=("$DATA")
PORT=$(free_port)
BASE="http://127.0.0.1:$PORT"
PROPS="$RESULTS/bench.properties"
log "results in $RESULTS; data in $DATA; server on $BASE"

cat >"$RESULTS/meta.properties" <<EOF
jdk=$JDK_NAME
jdk_short=$JDK_SHORT
runs=$RUNS
seconds=$MEASURE
warmup=$WARMUP
b1_clients=$B1_CLIENTS
b2_clients_small=${B2_CLIENTS[0]}
b2_clients_large=${B2_CLIENTS[1]:-${B2_CLIENTS[0]}}
b3_clients_small=${B3_CLIENTS[0]}
b3_clients_large=${B3_CLIENTS[1]:-${B3_CLIENTS[0]}}
pgbench_threads=$PGBENCH_THREADS
java_opts=$BENCH_SERVER_JAVA_OPTS
pool_size=$BENCH_DB_POOL_SIZE
git=$(git rev-parse --short HEAD 2>/dev/null || echo '?')$(git diff --quiet 2>/dev/null || echo '-dirty')
started_at=$(date -u +%Y-%m-%dT%H:%M:%SZ)
cpus=$(nproc)
load_average_at_start=$(cut -d' ' -f1-3 /proc/loadavg)
server_warmup=${BENCH_SERVER_WARMUP:-10}
pgbench=$("$PGBENCH" --version)
EOF

# 2. B4 first start, data set, graceful stop, B4 second start -------------------------------------------------------
log "B4: first start (new data directory)"
start_server "$DATA" "$PORT" "$SERVER_LOG"
wait_ready "$PORT" 180 || die "the server did not start (see $SERVER_LOG)"
FIRST_START=$READY_SECONDS
log "B4: first start ready after ${FIRST_START}s"

log "setup: loading the data set through the API"
loadgen setup --url "$BASE" --props "$PROPS" --out "$RESULTS/setup.json" >/dev/null

log "graceful stop (SIGTERM)"
stop_server "$SERVER_PID" 30
log "stopped in ${STOP_SECONDS}s, exit code $STOP_CODE"
[ "$STOP_CODE" = 0 ] || log "WARNING: the server did not exit 0 on SIGTERM"
STOP_FIRST_SECONDS=$STOP_SECONDS
STOP_FIRST_CODE=$STOP_CODE

log "B4: second start (same data directory)"
start_server "$DATA" "$PORT" "$SERVER_LOG"
wait_ready "$PORT" 180 || die "the server did not start again (see $SERVER_LOG)"
SECOND_START=$READY_SECONDS
log "B4: second start ready after ${SECOND_START}s"
cat >"$RESULTS/b4.properties" <<EOF
first_start_s=$FIRST_START
second_start_s=$SECOND_START
stop_s=$STOP_FIRST_SECONDS
stop_exit=$STOP_FIRST_CODE
EOF

# 3. pgbench against the server's own embedded PostgreSQL ------------------------------------------------------------
PGPORT=$(prop "$DATA/pos-db.properties" port)
[ -n "$PGPORT" ] || die "no port in $DATA/pos-db.properties"
PGB=("$PGBENCH" -h 127.0.0.1 -p "$PGPORT" -U postgres -n)
"${PGB[@]}" -c 1 -t 1 -f bench/pgbench/prepare.sql postgres >"$RESULTS/pgbench-prepare.txt" 2>&1 \
  || die "pgbench could not prepare the database (see $RESULTS/pgbench-prepare.txt)"
PGB_VARS=(-D n=0 -D "b=$(prop "$PROPS" business)" -D "s=$(prop "$PROPS" storefront)"
  -D "p=$(prop "$PROPS" b1l_product)" -D "u=$(prop "$PROPS" user)" -D "uname=$(prop "$PROPS" user_name)"
  -D "c=$(prop "$PROPS" walk_in_customer)" -D "token=\\x$(prop "$PROPS" token_hash_hex)" -D q=1.00
  -D ip=127.0.0.1 -D agent=salescore-loadgen)

# 4. The runs --------------------------------------------------------------------------------------------------------
COMMON=(--props "$PROPS" --seconds "$MEASURE" --warmup "$WARMUP")
SERVER_WARMUP=${BENCH_SERVER_WARMUP:-10}
if [ "$SERVER_WARMUP" != 0 ]; then
  # A just-started JVM runs interpreted code for a while: without this the first run measures the JIT.
  log "warming the server up: B1 then B2 for ${SERVER_WARMUP}s each (not measured)"
  loadgen b1 --props "$PROPS" --seconds "$SERVER_WARMUP" --warmup 0 --clients "$B1_CLIENTS" \
    --out "$RESULTS/runs/warmup-b1.json" >/dev/null
  loadgen b2 --props "$PROPS" --seconds "$SERVER_WARMUP" --warmup 0 --clients "${B2_CLIENTS[0]}" \
    --out "$RESULTS/runs/warmup-b2.json" >/dev/null
fi
for r in $(seq 1 "$RUNS"); do
  log "run $r/$RUNS: B1 ($B1_CLIENTS clients, ${WARMUP}s + ${MEASURE}s)"
  loadgen b1 "${COMMON[@]}" --clients "$B1_CLIENTS" --out "$RESULTS/runs/b1-r$r.json" >/dev/null

  log "run $r/$RUNS: B1-limit (pgbench -c $B1_CLIENTS -j $PGBENCH_THREADS, ${WARMUP}s + ${MEASURE}s)"
  if [ "$WARMUP" != 0 ]; then
    "${PGB[@]}" -M prepared -c "$B1_CLIENTS" -j "$PGBENCH_THREADS" -T "$WARMUP" -f bench/pgbench/add_item.sql \
      "${PGB_VARS[@]}" postgres >"$RESULTS/runs/b1limit-warmup-r$r.txt" 2>&1 || true
  fi
  # -l: one line per transaction (its latency in µs is the 3rd field), for the p50 / p99 of the table
  "${PGB[@]}" -M prepared -c "$B1_CLIENTS" -j "$PGBENCH_THREADS" -T "$MEASURE" -f bench/pgbench/add_item.sql \
    -l --log-prefix="$RESULTS/runs/b1limit-r$r-log" \
    "${PGB_VARS[@]}" postgres >"$RESULTS/runs/b1limit-r$r.txt" 2>&1 \
    || log "WARNING: pgbench failed (see $RESULTS/runs/b1limit-r$r.txt)"

  for clients in "${B2_CLIENTS[@]}"; do
    log "run $r/$RUNS: B2 ($clients clients)"
    loadgen b2 "${COMMON[@]}" --clients "$clients" --rss-pid "$SERVER_PID" \
      --out "$RESULTS/runs/b2-c$clients-r$r.json" >/dev/null
  done

  for clients in "${B3_CLIENTS[@]}"; do
    log "run $r/$RUNS: B3 ($clients clients)"
    loadgen b3 "${COMMON[@]}" --clients "$clients" --out "$RESULTS/runs/b3-c$clients-r$r.json" >/dev/null
  done
done

log "stopping the bench server"
stop_server "$SERVER_PID" 30
echo "final_stop_s=$STOP_SECONDS" >>"$RESULTS/b4.properties"
echo "final_stop_exit=$STOP_CODE" >>"$RESULTS/b4.properties"
gzip -f "$SERVER_LOG"

# 5. SIGTERM under load ----------------------------------------------------------------------------------------------
if [ "${BENCH_SIGTERM:-1}" = 1 ]; then
  log "SIGTERM under load (bench/sigterm-under-load.sh)"
  bench/sigterm-under-load.sh "$RESULTS/sigterm" | tee "$RESULTS/sigterm.txt" || true
fi

# 6. The table -------------------------------------------------------------------------------------------------------
echo
echo "Bench results ($RESULTS):"
echo
loadgen report --dir "$RESULTS"
