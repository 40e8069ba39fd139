#!/usr/bin/env bash
# WHAT-IF, not the server's statements: prints bench/pgbench/b2_sale.sql with checkout's stock taken LAST, derived
# from it (so the two cannot drift apart). In the checkout, the judgement locks only the sale's own holds (the
# inventory rows are no longer locked first), and the statement that locks the inventory rows, commits the holds
# and takes the stock moves to just before COMMIT, after the receipt counter, the payment + sale write and the audit
# insert, as add_item's stock statement already is. It measures how much of B2-limit is the time checkout holds the
# hot inventory rows (docs/performance.md, "Where B1 and B2 stand"):
#   bench/pgbench/stock-last.sh > /tmp/b2_stock_last.sql
#   BENCH_B2_WHATIF=/tmp/b2_stock_last.sql bench/run.sh      (run by pgbench after each B2-limit run)
set -euo pipefail
cd "$(dirname "$0")"
awk '
  /^-- ---- complete with cash/ { checkout = 1 }
  !checkout { print; next }
  /^WITH inv AS MATERIALIZED \(/ { skipping_inv = 1; next }
  skipping_inv { if ($0 ~ /^\)$/) skipping_inv = 0; next }
  /^  AND \(SELECT count\(\*\) FROM inv\) >= 0$/ { next }
  /^WITH sold AS \(/ { in_sold = 1 }
  in_sold {
    sold = sold $0 "\n"
    if ($0 ~ /AS closed;$/) { in_sold = 0; dropping_blank = 1 }
    next
  }
  dropping_blank { dropping_blank = 0; if ($0 == "") next }
  /^COMMIT;$/ { printf "%s\n", sold }
  { print }
' b2_sale.sql
