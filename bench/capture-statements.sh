#!/usr/bin/env bash
# Captures the SQL the server sends for one B2 sale (create -> 3 x add_item -> complete), the source of
# bench/pgbench/b2_sale.sql and add_item.sql: starts `./pos serve` on a fresh data directory, loads the bench data
# set, restarts it with PostgreSQL's statement log on (logging_collector, log_statement = all), runs `loadgen b2`
# with 1 client for 0.3 s and writes the log of that window to OUT (default bench/results/statements.log).
#   bench/capture-statements.sh [OUT]
# Needs the jars built (mvn -B -q -DskipTests package). Then compare with the pgbench scripts by eye: every
# statement there must have the shape of one here, in the same order.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
install_cleanup
OUT=${1:-bench/results/statements.log}
mkdir -p "$(dirname "$OUT")"
export BENCH_SERVER_JAVA_OPTS=${BENCH_JAVA_OPTS:--Xmx256m}
DATA=$(mktemp -d /tmp/salescore-capture.XXXXXX)
BENCH_TEMP_DIRS+=("$DATA")
PORT=$(free_port)
LOGS="$DATA/pglog"
mkdir -p "$LOGS"
start_server "$DATA" "$PORT" "$DATA/server.log"
wait_ready "$PORT" 180 || die "the server did not start (see $DATA/server.log)"
loadgen setup --url "http://127.0.0.1:$PORT" --props "$DATA/bench.properties" --out "$DATA/setup.json" >/dev/null
stop_server "$SERVER_PID" 30
cat >>"$DATA/pg/postgresql.auto.conf" <<EOC
logging_collector = on
log_directory = '$LOGS'
log_filename = 'pg.log'
log_statement = 'all'
log_line_prefix = '%m [%p] '
EOC
start_server "$DATA" "$PORT" "$DATA/server.log"
wait_ready "$PORT" 180 || die "the server did not start again (see $DATA/server.log)"
sleep 1
echo "---- B2 sale starts here ----" >>"$LOGS/pg.log"
loadgen b2 --props "$DATA/bench.properties" --seconds 0.3 --warmup 0 --clients 1 --out "$DATA/b2.json" >/dev/null
sleep 0.5
sed -n '/---- B2 sale starts here ----/,$p' "$LOGS/pg.log" >"$OUT"
log "statement log of $(grep -c 'FROM api_token t' "$OUT") requests written to $OUT"
