#!/usr/bin/env bash
# The benchmark of docs/performance.md (quality.md B1-B5), one command on a fresh clone:
#   bench/run.sh
# Builds the jars, starts the server on a fresh embedded database (JAVA_OPTS=-Xmx256m), loads the data set through
# the API, runs B1, B1-limit (pgbench at the pool size and at B1's client count), B2 (8 and 32 clients), B2-limit
# (pgbench, one whole B2 sale per transaction, at the pool size) and B3 BENCH_RUNS times each, measures B4 (start to
# ready) and B5 (resident memory during B2), runs the SIGTERM-under-load check, and prints one table of medians. With
# two or more CPUs and taskset, PostgreSQL runs on one core and the server, the load generator and pgbench on
# another; the load average is printed before each run and the server's CPU per request is measured from /proc.
#   bench/run.sh --profile     (or BENCH_PROFILE=1) also records a JFR of the server during one extra B2 run
#                              (not measured) and prints its top frames by self time
# Raw results go to bench/results/<UTC timestamp>/. Settings (environment):
#   BENCH_RUNS=3 BENCH_SECONDS=20 BENCH_WARMUP=3      runs per scenario, measured seconds, warm-up seconds per run
#   BENCH_SERVER_WARMUP=30     seconds of B1 and of B2 load, not measured, once before the first run (JIT warm-up)
#   BENCH_B1_CLIENTS=64 BENCH_B2_CLIENTS="8 32" BENCH_B3_CLIENTS="1 8" BENCH_PGBENCH_THREADS=2
#   BENCH_JAVA_OPTS=-Xmx256m   the server's JAVA_OPTS        BENCH_DB_POOL_SIZE=2×CPUs (≥4) the server's POS_DB_POOL_SIZE
#   BENCH_JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64      another JDK for the server and the load generator
#   BENCH_SIGTERM=1            0 skips bench/sigterm-under-load.sh
#   BENCH_KEEP_DATA=0          1 keeps the temporary data directories
#   BENCH_B2_WHATIF=           a variant B2-limit script (e.g. from bench/pgbench/stock-last.sh), run after each B2-limit run
#   BENCH_PIN=auto             auto: pin when taskset exists and there are >= 2 CPUs; 0: never; 1: always
#   BENCH_PG_CPU=0 BENCH_APP_CPU=1   the cores of PostgreSQL and of the server + load generator + pgbench
#   BENCH_PROFILE=0            1 (or --profile): the JFR run; BENCH_PROFILE_SECONDS=20 its length
set -euo pipefail
for arg in "$@"; do
  case "$arg" in
    --profile) BENCH_PROFILE=1 ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d'; exit 0 ;;
    *) echo "unknown argument: $arg (see --help)" >&2; exit 64 ;;
  esac
done
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
# the server's default (Settings.defaultPoolSize): twice the processors, at least 4
CPUS=$(nproc 2>/dev/null || echo 2)
export BENCH_DB_POOL_SIZE=${BENCH_DB_POOL_SIZE:-$(( 2 * CPUS > 4 ? 2 * CPUS : 4 ))}
POOL=$BENCH_DB_POOL_SIZE
PROFILE=${BENCH_PROFILE:-0}
PG_CPU=${BENCH_PG_CPU:-0}
APP_CPU=${BENCH_APP_CPU:-1}
case "${BENCH_PIN:-auto}" in
  0) PIN=0 ;;
  1) PIN=1; command -v taskset >/dev/null || die "BENCH_PIN=1 but taskset is missing (util-linux)" ;;
  *) if command -v taskset >/dev/null && [ "$(nproc)" -ge 2 ]; then PIN=1; else PIN=0; fi ;;
esac
PINNED_AS="PostgreSQL on CPU $PG_CPU; server, load generator and pgbench on CPU $APP_CPU"

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
b2_whatif=${BENCH_B2_WHATIF:-}
pinned=$([ "$PIN" = 1 ] && echo "$PINNED_AS" || echo no)
git=$(git rev-parse --short HEAD 2>/dev/null || echo '?')$(git diff --quiet 2>/dev/null || echo '-dirty')
started_at=$(date -u +%Y-%m-%dT%H:%M:%SZ)
cpus=$(nproc)
load_average_at_start=$(cut -d' ' -f1-3 /proc/loadavg)
server_warmup=${BENCH_SERVER_WARMUP:-30}
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

# 3. pinning, and pgbench against the server's own embedded PostgreSQL ---------------------------------------------
if [ "$PIN" = 1 ]; then
  pin_processes "$DATA" "$SERVER_PID" "$PG_CPU" "$APP_CPU"
  BENCH_APP_PIN="taskset -c $APP_CPU"
fi
PGPORT=$(prop "$DATA/pos-db.properties" port)
[ -n "$PGPORT" ] || die "no port in $DATA/pos-db.properties"
PGB=(${BENCH_APP_PIN:-} "$PGBENCH" -h 127.0.0.1 -p "$PGPORT" -U postgres -n)
"${PGB[@]}" -c 1 -t 1 -f bench/pgbench/prepare.sql postgres >"$RESULTS/pgbench-prepare.txt" 2>&1 \
  || die "pgbench could not prepare the database (see $RESULTS/pgbench-prepare.txt)"
PGB_VARS=(-D n=0 -D "b=$(prop "$PROPS" business)" -D "s=$(prop "$PROPS" storefront)"
  -D "p=$(prop "$PROPS" b1l_product)" -D "u=$(prop "$PROPS" user)" -D "uname=$(prop "$PROPS" user_name)"
  -D "c=$(prop "$PROPS" walk_in_customer)" -D "token=\\x$(prop "$PROPS" token_hash_hex)" -D q=1.00
  -D ip=127.0.0.1 -D agent=salescore-loadgen)
IFS=, read -r B2P1 B2P2 B2P3 <<<"$(prop "$PROPS" b2_products)"
PGB_B2_VARS=("${PGB_VARS[@]}" -D "p1=$B2P1" -D "p2=$B2P2" -D "p3=$B2P3" -D "pids={$B2P1,$B2P2,$B2P3}"
  -D "total=$(prop "$PROPS" b2_total)")

# pgbench_run NAME CLIENTS SCRIPT VARS...: a warm-up run (not kept), then the measured run with its per-transaction
# log (-l: the latency in µs is the 3rd field, for the p50 / p99 of the table), into runs/NAME.txt
pgbench_run() {
  local name=$1 clients=$2 script=$3
  shift 3
  if [ "$WARMUP" != 0 ]; then
    "${PGB[@]}" -M prepared -c "$clients" -j "$PGBENCH_THREADS" -T "$WARMUP" -f "$script" "$@" postgres \
      >"$RESULTS/runs/$name-warmup.txt" 2>&1 || true
  fi
  "${PGB[@]}" -M prepared -c "$clients" -j "$PGBENCH_THREADS" -T "$MEASURE" -f "$script" \
    -l --log-prefix="$RESULTS/runs/$name-log" "$@" postgres >"$RESULTS/runs/$name.txt" 2>&1 \
    || log "WARNING: pgbench failed (see $RESULTS/runs/$name.txt)"
}

# 4. The runs --------------------------------------------------------------------------------------------------------
# The floor under every commit, measured while nothing else runs: fdatasync of 8 KiB pages on the filesystem of the
# database's WAL (B2's p99 target is 25 ms plus this p99, quality.md)
log "fsync: fdatasync latency of 8 KiB page writes in $DATA (1 000 samples)"
loadgen fsync --dir "$DATA" --count 1000 --out "$RESULTS/fsync.json" >/dev/null \
  || log "WARNING: the fsync measurement failed"
COMMON=(--props "$PROPS" --seconds "$MEASURE" --warmup "$WARMUP")
SERVER_WARMUP=${BENCH_SERVER_WARMUP:-30}
if [ "$SERVER_WARMUP" != 0 ]; then
  # A just-started JVM runs interpreted code for a while: without this the first run measures the JIT.
  log "warming the server up: B1 then B2 for ${SERVER_WARMUP}s each (not measured)"
  loadgen b1 --props "$PROPS" --seconds "$SERVER_WARMUP" --warmup 0 --clients "$B1_CLIENTS" \
    --out "$RESULTS/runs/warmup-b1.json" >/dev/null
  loadgen b2 --props "$PROPS" --seconds "$SERVER_WARMUP" --warmup 0 --clients "${B2_CLIENTS[0]}" \
    --out "$RESULTS/runs/warmup-b2.json" >/dev/null
fi
CPU=(--cpu-pid "$SERVER_PID")
for r in $(seq 1 "$RUNS"); do
  load_mark "$RESULTS" "b1-r$r"
  log "run $r/$RUNS: B1 ($B1_CLIENTS clients, ${WARMUP}s + ${MEASURE}s)"
  loadgen b1 "${COMMON[@]}" --clients "$B1_CLIENTS" "${CPU[@]}" --out "$RESULTS/runs/b1-r$r.json" >/dev/null

  load_mark "$RESULTS" "b1limit-pool-r$r"
  log "run $r/$RUNS: B1-limit at the pool size (pgbench -c $POOL -j $PGBENCH_THREADS, ${WARMUP}s + ${MEASURE}s)"
  pgbench_run "b1limit-pool-r$r" "$POOL" bench/pgbench/add_item.sql "${PGB_VARS[@]}"
  if [ "$B1_CLIENTS" != "$POOL" ]; then
    load_mark "$RESULTS" "b1limit-r$r"
    log "run $r/$RUNS: B1-limit at B1's clients (pgbench -c $B1_CLIENTS -j $PGBENCH_THREADS, ${WARMUP}s + ${MEASURE}s)"
    pgbench_run "b1limit-r$r" "$B1_CLIENTS" bench/pgbench/add_item.sql "${PGB_VARS[@]}"
  fi

  for clients in "${B2_CLIENTS[@]}"; do
    load_mark "$RESULTS" "b2-c$clients-r$r"
    log "run $r/$RUNS: B2 ($clients clients)"
    loadgen b2 "${COMMON[@]}" --clients "$clients" --rss-pid "$SERVER_PID" "${CPU[@]}" \
      --out "$RESULTS/runs/b2-c$clients-r$r.json" >/dev/null
  done

  load_mark "$RESULTS" "b2limit-r$r"
  log "run $r/$RUNS: B2-limit (pgbench -c $POOL -j $PGBENCH_THREADS, one whole B2 sale a transaction)"
  # -r: each statement's average latency, in runs/b2limit-rN.txt (where the database's time per sale goes)
  pgbench_run "b2limit-r$r" "$POOL" bench/pgbench/b2_sale.sql -r "${PGB_B2_VARS[@]}"
  if [ -n "${BENCH_B2_WHATIF:-}" ]; then
    # a variant of the B2-limit script (not the server's statements), measured right after it in the same run
    load_mark "$RESULTS" "b2whatif-r$r"
    log "run $r/$RUNS: B2-limit what-if ($BENCH_B2_WHATIF, pgbench -c $POOL -j $PGBENCH_THREADS)"
    pgbench_run "b2whatif-r$r" "$POOL" "$BENCH_B2_WHATIF" -r "${PGB_B2_VARS[@]}"
  fi

  for clients in "${B3_CLIENTS[@]}"; do
    load_mark "$RESULTS" "b3-c$clients-r$r"
    log "run $r/$RUNS: B3 ($clients clients)"
    loadgen b3 "${COMMON[@]}" --clients "$clients" --out "$RESULTS/runs/b3-c$clients-r$r.json" >/dev/null
  done
done

if [ "$PROFILE" = 1 ]; then
  # One more B2 run at the first concurrency, not part of the table: JFR's sampling costs a little CPU.
  PROFILE_SECONDS=${BENCH_PROFILE_SECONDS:-20}
  JFR_FILE="$RESULTS/b2-profile.jfr"
  load_mark "$RESULTS" "b2-profile"
  # JDK 17+ jfr configure: the profile settings with Java method sampling every 1 ms instead of 10 ms (more samples)
  JFC=profile
  if jfr configure --input profile method-profiling=max --output "$RESULTS/bench-profile.jfc" >/dev/null 2>&1; then
    JFC="$RESULTS/bench-profile.jfc"
    # Jdbi emits a JFR event per statement (jdbi.statement) with its SQL and a description of every bound
    # parameter, built only while a recording is on: left enabled it puts Binding.describe among the top frames of
    # the profile, work the server never does unprofiled. jfr configure knows only JDK events, so add it by hand.
    sed -i 's|</configuration>|  <event name="jdbi.statement"><setting name="enabled">false</setting></event>\n</configuration>|' "$JFC"
  fi
  log "profile: JFR (settings $JFC) of the server during B2 (${B2_CLIENTS[0]} clients, ${PROFILE_SECONDS}s)"
  jcmd "$SERVER_PID" JFR.start name=bench-b2 "settings=$JFC" "filename=$JFR_FILE" >"$RESULTS/jfr-start.txt" 2>&1 \
    || die "jcmd JFR.start failed (see $RESULTS/jfr-start.txt)"
  loadgen b2 --props "$PROPS" --seconds "$PROFILE_SECONDS" --warmup 0 --clients "${B2_CLIENTS[0]}" "${CPU[@]}" \
    --out "$RESULTS/b2-profile.json" >/dev/null
  jcmd "$SERVER_PID" JFR.stop name=bench-b2 >"$RESULTS/jfr-stop.txt" 2>&1 || die "jcmd JFR.stop failed"
  loadgen jfr-top --file "$JFR_FILE" --top "${BENCH_PROFILE_TOP:-25}" --text-out "$RESULTS/b2-profile-top.txt" \
    >"$RESULTS/b2-profile-top.json"
  # JDK 21+ has `jfr view`; JDK 17's jfr tool has only print / summary / metadata (jfr-top reads the file itself)
  if jfr view hot-methods "$JFR_FILE" >"$RESULTS/b2-profile-hot-methods.txt" 2>/dev/null; then
    log "profile: jfr view hot-methods in $RESULTS/b2-profile-hot-methods.txt"
  else
    rm -f "$RESULTS/b2-profile-hot-methods.txt"
  fi
fi

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
if [ "$PROFILE" = 1 ]; then
  echo
  cat "$RESULTS/b2-profile-top.txt"
fi
