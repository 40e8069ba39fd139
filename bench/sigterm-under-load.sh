#!/usr/bin/env bash
# SIGTERM during load: starts a server on a fresh data directory, runs B2-like load (8 clients looping create sale
# → 3 × add_item → complete with cash, each completed sale id written down as soon as its 200 arrives), sends
# SIGTERM in the middle, checks the process exits 0 within 10 s, starts it again on the same data directory and
# checks that every sale the clients saw completed (200) is still COMPLETED. Prints PASS or FAIL (exit 0 or 1).
#   bench/sigterm-under-load.sh [OUTPUT_DIR]        (bench/run.sh calls it at the end)
# Settings: SIGTERM_AFTER=5 (seconds of load before the signal), SIGTERM_LOAD_SECONDS=12 (the load's length),
# SIGTERM_CLIENTS=8, BENCH_JAVA_OPTS=-Xmx256m, BENCH_JAVA_HOME.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
install_cleanup

OUT=${1:-bench/results/$(date -u +%Y%m%dT%H%M%SZ)-sigterm}
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
AFTER=${SIGTERM_AFTER:-5}
LOAD_SECONDS=${SIGTERM_LOAD_SECONDS:-12}
CLIENTS=${SIGTERM_CLIENTS:-8}
export BENCH_SERVER_JAVA_OPTS=${BENCH_JAVA_OPTS:--Xmx256m}
choose_jdk
if [ ! -f "$LOADGEN_JAR" ] || [ ! -f bootstrap/target/salescore.jar ]; then
  log "building (mvn -B -q -DskipTests package)"
  mvn -B -q -DskipTests package
fi

DATA=$(mktemp -d /tmp/salescore-sigterm.XXXXXX)
BENCH_TEMP_DIRS+=("$DATA")
PORT=$(free_port)
BASE="http://127.0.0.1:$PORT"
PROPS="$OUT/sigterm.properties"
LOGFILE="$OUT/server.log"
COMPLETED="$OUT/completed-sales.txt"
FAILURES=()

start_server "$DATA" "$PORT" "$LOGFILE"
wait_ready "$PORT" 180 || die "the server did not start (see $LOGFILE)"
loadgen setup --url "$BASE" --props "$PROPS" --profile sigterm >/dev/null

log "load: $CLIENTS clients for ${LOAD_SECONDS}s; SIGTERM after ${AFTER}s"
loadgen b2 --props "$PROPS" --clients "$CLIENTS" --seconds "$LOAD_SECONDS" --warmup 0 --error-backoff-ms 100 \
  --timeout-ms 15000 --completed-file "$COMPLETED" --out "$OUT/load.json" >/dev/null &
LOAD_PID=$!
BENCH_PIDS+=("$LOAD_PID")
sleep "$AFTER"
SEEN_BEFORE=$(wc -l <"$COMPLETED" | tr -d ' ')
log "sending SIGTERM to the server (pid $SERVER_PID) after $SEEN_BEFORE completed sales"
stop_server "$SERVER_PID" 10
TERM_CODE=$STOP_CODE
TERM_SECONDS=$STOP_SECONDS
log "server: exit code $TERM_CODE after ${TERM_SECONDS}s"
if [ "$TERM_CODE" = timeout ]; then
  FAILURES+=("still running 10 s after SIGTERM (killed)")
elif [ "$TERM_CODE" != 0 ]; then
  FAILURES+=("exit code $TERM_CODE instead of 0")
fi
wait "$LOAD_PID" || true
forget_pid "$LOAD_PID"
SEEN=$(wc -l <"$COMPLETED" | tr -d ' ')
[ "$SEEN" -gt 0 ] || FAILURES+=("no sale completed before the stop: the load did not run")

log "restarting on the same data directory"
start_server "$DATA" "$PORT" "$LOGFILE"
wait_ready "$PORT" 180 || die "the server did not start again (see $LOGFILE)"
VERIFY_CODE=0
loadgen verify-completed --props "$PROPS" --ids "$COMPLETED" --out "$OUT/verify.json" >/dev/null || VERIFY_CODE=$?
CHECKED=$(sed -n 's/.*"checked" *: *\([0-9]*\).*/\1/p' "$OUT/verify.json" | head -n 1)
STILL=$(sed -n 's/.*"completed" *: *\([0-9]*\).*/\1/p' "$OUT/verify.json" | head -n 1)
[ "$VERIFY_CODE" = 0 ] || FAILURES+=("only ${STILL:-?} of ${CHECKED:-?} sales seen completed are COMPLETED after the restart")
stop_server "$SERVER_PID" 30
ERRORS=$(sed -n 's/^  "errors" *: *\([0-9]*\).*/\1/p' "$OUT/load.json" | head -n 1)
KINDS=$(tr -d '\n' <"$OUT/load.json" | sed -n 's/.*"error_kinds" *: *\({[^}]*}\).*/\1/p' | tr -s ' ')

echo "exit code after SIGTERM: $TERM_CODE in ${TERM_SECONDS}s; completed sales seen: $SEEN ($SEEN_BEFORE when the signal was sent); after the restart COMPLETED: ${STILL:-?}/${CHECKED:-?}"
echo "client-side errors while the server stopped and was gone (expected): ${ERRORS:-?} ${KINDS:-}"
if [ ${#FAILURES[@]} -eq 0 ]; then
  echo "RESULT: PASS (exit 0 in ${TERM_SECONDS}s; $SEEN completed sales all still COMPLETED)"
else
  echo "RESULT: FAIL (${FAILURES[*]})"
  exit 1
fi
