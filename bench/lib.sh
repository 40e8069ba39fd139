# Shared by bench/run.sh and bench/sigterm-under-load.sh (sourced, not run). Starts and stops servers, and makes
# sure nothing they started is left running: every process is remembered and an EXIT trap ends it, servers
# first with SIGTERM (a graceful stop stops the embedded PostgreSQL too), then SIGKILL plus a fast shutdown of
# the PostgreSQL left on their data directory.

BENCH_PIDS=()
BENCH_DATA_DIRS=()
BENCH_TEMP_DIRS=()
LOADGEN_JAR=bench/loadgen/target/loadgen.jar

log() {
  printf '%s %s\n' "$(date -u +%H:%M:%S)" "$*" >&2
}

die() {
  log "ERROR: $*"
  exit 1
}

now_ns() {
  date +%s%N
}

# seconds between two now_ns values, 3 decimals
elapsed() {
  awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", (b - a) / 1e9 }'
}

# A TCP port nobody listens on, in 20000-39999.
free_port() {
  local port
  for _ in $(seq 1 200); do
    port=$((20000 + RANDOM % 20000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return 0
    fi
  done
  die "no free port found"
}

find_pgbench() {
  local candidate
  for candidate in $(ls -d /usr/lib/postgresql/*/bin/pgbench 2>/dev/null | sort -V -r) "$(command -v pgbench || true)"; do
    if [ -n "$candidate" ] && [ -x "$candidate" ]; then
      echo "$candidate"
      return 0
    fi
  done
  return 1
}

# BENCH_APP_PIN, when set (e.g. "taskset -c 1" by bench/run.sh), runs the load generator on the server's core.
loadgen() {
  ${BENCH_APP_PIN:-} java ${LOADGEN_JAVA_OPTS:--Xms256m -Xmx512m} -jar "$LOADGEN_JAR" "$@"
}

# pin_processes DATA_DIR SERVER_PID PG_CPU APP_CPU: the server (every thread) on APP_CPU; the embedded PostgreSQL
# of DATA_DIR (the postmaster and every process it has forked, each thread) on PG_CPU. Backends forked later
# inherit the postmaster's affinity, threads the JVM starts later the JVM's.
pin_processes() {
  local data=$1 server=$2 pg_cpu=$3 app_cpu=$4 pm p
  taskset -a -p -c "$app_cpu" "$server" >/dev/null
  pm=$(head -n 1 "$data/pg/postmaster.pid" | tr -d '[:space:]')
  [[ "$pm" =~ ^[0-9]+$ ]] || die "no postmaster pid in $data/pg/postmaster.pid"
  for p in "$pm" $(ps -o pid= --ppid "$pm"); do
    taskset -a -p -c "$pg_cpu" "$p" >/dev/null 2>&1 || true
  done
  log "pinned: PostgreSQL (postmaster $pm and its $(ps -o pid= --ppid "$pm" | wc -l) children) on CPU $pg_cpu," \
    "the server (pid $server), the load generator and pgbench on CPU $app_cpu"
}

# load_mark RESULTS NAME: prints the load average before a run and keeps it in RESULTS/runs/loadavg.properties.
load_mark() {
  local la
  la=$(cut -d' ' -f1-3 /proc/loadavg)
  log "load average before $2: $la"
  echo "$2=$la" >>"$1/runs/loadavg.properties"
}

# start_server DATA_DIR PORT LOGFILE: starts `./pos serve` in the background; sets SERVER_PID and SERVER_T0
# (the time just before the process was started).
start_server() {
  local data=$1 port=$2 logfile=$3
  BENCH_DATA_DIRS+=("$data")
  SERVER_T0=$(now_ns)
  POS_DATA_DIR="$data" POS_HTTP_PORT="$port" POS_HTTP_HOST=127.0.0.1 \
    POS_PASSWORD_ITERATIONS="${BENCH_PASSWORD_ITERATIONS:-1000}" \
    POS_DB_POOL_SIZE="${BENCH_DB_POOL_SIZE:-0}" \
    POS_RESERVATION_TTL="${BENCH_RESERVATION_TTL:-PT3H}" \
    JAVA_OPTS="$BENCH_SERVER_JAVA_OPTS" \
    ./pos serve >>"$logfile" 2>&1 </dev/null &
  SERVER_PID=$!
  BENCH_PIDS+=("$SERVER_PID")
}

# wait_ready PORT TIMEOUT_SECONDS: polls /health/ready every 50 ms; sets READY_SECONDS, the seconds from
# SERVER_T0 to the first 200.
wait_ready() {
  local port=$1 timeout=$2 deadline code t
  deadline=$(( $(now_ns) + timeout * 1000000000 ))
  while [ "$(now_ns)" -lt "$deadline" ]; do
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 1 "http://127.0.0.1:$port/health/ready" || true)
    if [ "$code" = 200 ]; then
      t=$(now_ns)
      READY_SECONDS=$(elapsed "$SERVER_T0" "$t")
      return 0
    fi
    if ! kill -0 "$SERVER_PID" 2>/dev/null; then
      log "the server (pid $SERVER_PID) exited before it was ready"
      return 1
    fi
    sleep 0.05
  done
  log "the server was not ready within ${timeout}s"
  return 1
}

# stop_server PID TIMEOUT_SECONDS: SIGTERM, then waits; sets STOP_SECONDS and STOP_CODE (the exit code, or
# "timeout" when it still ran after TIMEOUT_SECONDS, and then it is killed). Not in $(...): it must wait for its
# own child.
stop_server() {
  local pid=$1 timeout=$2 t0 deadline
  STOP_CODE=0
  t0=$(now_ns)
  kill -TERM "$pid" 2>/dev/null || true
  deadline=$(( t0 + timeout * 1000000000 ))
  while kill -0 "$pid" 2>/dev/null && [ "$(now_ns)" -lt "$deadline" ]; do
    sleep 0.05
  done
  if kill -0 "$pid" 2>/dev/null; then
    STOP_SECONDS=$(elapsed "$t0" "$(now_ns)")
    STOP_CODE=timeout
    kill -KILL "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  else
    wait "$pid" 2>/dev/null || STOP_CODE=$?
    STOP_SECONDS=$(elapsed "$t0" "$(now_ns)")
  fi
  forget_pid "$pid"
}

# The embedded PostgreSQL of a data directory, if one still runs there (only after a server was killed).
stop_postmaster() {
  local data=$1 pidfile pid
  pidfile="$data/pg/postmaster.pid"
  [ -f "$pidfile" ] || return 0
  pid=$(head -n 1 "$pidfile" 2>/dev/null | tr -d '[:space:]')
  [[ "$pid" =~ ^[0-9]+$ ]] || return 0
  kill -0 "$pid" 2>/dev/null || return 0
  grep -q postgres "/proc/$pid/comm" 2>/dev/null || return 0
  log "stopping the embedded PostgreSQL left on $data (pid $pid)"
  kill -INT "$pid" 2>/dev/null || true
  for _ in $(seq 1 200); do
    kill -0 "$pid" 2>/dev/null || return 0
    sleep 0.1
  done
  kill -QUIT "$pid" 2>/dev/null || true
}

# Whether PID is still a child of this script (so a pid reused by someone else is never signalled).
is_ours() {
  [ "$(ps -o ppid= -p "$1" 2>/dev/null | tr -d '[:space:]')" = "$$" ]
}

forget_pid() {
  local keep=() p
  for p in "${BENCH_PIDS[@]}"; do
    [ "$p" = "$1" ] || keep+=("$p")
  done
  BENCH_PIDS=("${keep[@]}")
}

cleanup() {
  local status=$? pid data i
  trap - EXIT INT TERM
  for pid in "${BENCH_PIDS[@]}"; do
    if is_ours "$pid"; then
      log "stopping pid $pid"
      kill -TERM "$pid" 2>/dev/null || true
    fi
  done
  for pid in "${BENCH_PIDS[@]}"; do
    for i in $(seq 1 150); do
      is_ours "$pid" || break
      sleep 0.1
    done
    if is_ours "$pid"; then
      log "pid $pid did not stop in 15 s: killing it"
      kill -KILL "$pid" 2>/dev/null || true
    fi
  done
  for data in "${BENCH_DATA_DIRS[@]}"; do
    stop_postmaster "$data"
  done
  if [ "${BENCH_KEEP_DATA:-0}" != 1 ]; then
    for data in "${BENCH_TEMP_DIRS[@]}"; do
      rm -rf "$data"
    done
  fi
  exit "$status"
}

install_cleanup() {
  trap cleanup EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM
}

# Uses BENCH_JAVA_HOME (e.g. /usr/lib/jvm/temurin-25-jdk-amd64) for the server and the load generator.
choose_jdk() {
  if [ -n "${BENCH_JAVA_HOME:-}" ]; then
    export JAVA_HOME="$BENCH_JAVA_HOME"
    export PATH="$BENCH_JAVA_HOME/bin:$PATH"
  fi
  local props
  props=$(java -XshowSettings:properties -version 2>&1)
  JDK_RUNTIME=$(sed -n 's/^ *java.runtime.version = //p' <<<"$props" | head -n 1)
  JDK_VENDOR=$(sed -n 's/^ *java.vendor = //p' <<<"$props" | head -n 1)
  JDK_NAME="$JDK_VENDOR $JDK_RUNTIME"
  JDK_SHORT="${JDK_RUNTIME%%+*} ($JDK_VENDOR)"
}

prop() {
  grep -m 1 "^$2=" "$1" | cut -d= -f2-
}
