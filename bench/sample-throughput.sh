#!/usr/bin/env bash
# Throughput of `imon sample`, against DuckDB writing the same number of CSV rows in the same run.
# Usage: bench/sample-throughput.sh ENTERPRISES YEARS   (after mvn -B -DskipTests package)
# Prints: enterprise rows, seconds, rows per second and MB per second for both.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
enterprises="${1:-1800}"
years="${2:-10}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

start=$(date +%s.%N)
summary=$("$root/bin/imon" --home "$work/home" sample --until 2026-10 --years "$years" --enterprises "$enterprises" | head -1)
end=$(date +%s.%N)
rows=$(echo "$summary" | grep -oE '企业月报 [0-9]+ 行' | grep -oE '[0-9]+')
bytes=$(du -sb "$work/home/landing" | cut -f1)
imon_seconds=$(echo "$end - $start" | bc -l)

peer_seconds=$(java -cp "$root/orchestration/target/lib/*" "$root/bench/DuckDbCsvPeer.java" "$rows" "$work/peer.csv")
peer_bytes=$(stat -c %s "$work/peer.csv")

printf 'scale: %s enterprises, %s years\n' "$enterprises" "$years"
printf '%-28s %12s %10s %14s %10s\n' "writer" "rows" "seconds" "rows/s" "MB/s"
printf '%-28s %12d %10.1f %14.0f %10.1f\n' "imon sample (all 7 feeds)" "$rows" "$imon_seconds" \
  "$(echo "$rows / $imon_seconds" | bc -l)" "$(echo "$bytes / 1000000 / $imon_seconds" | bc -l)"
printf '%-28s %12d %10.1f %14.0f %10.1f\n' "DuckDB COPY (one CSV)" "$rows" "$peer_seconds" \
  "$(echo "$rows / $peer_seconds" | bc -l)" "$(echo "$peer_bytes / 1000000 / $peer_seconds" | bc -l)"
