#!/usr/bin/env bash
# Throughput of `imon load`: the whole sample, then one more period, against DuckDB reading the same
# enterprise-report CSV files into Parquet in the same run (no checks, UTF-8 files only).
# Usage: bench/load-throughput.sh ENTERPRISES YEARS   (after mvn -B -DskipTests package)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
enterprises="${1:-1800}"
years="${2:-12}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
imon() { "$root/bin/imon" --home "$work/home" "$@"; }
seconds() { local start=$(date +%s.%N); "$@" > "$work/out.txt"; echo "$(date +%s.%N) - $start" | bc -l; }
published() { grep -oE 'enterprise_monthly +文件 [0-9]+ 个（本次读取 [0-9]+），读取 [0-9]+ 行，发布 [0-9]+' "$work/out.txt" | grep -oE '[0-9]+$'; }

imon sample --until 2026-09 --years "$years" --enterprises "$enterprises" > /dev/null
full=$(seconds imon load)
full_rows=$(published)
imon sample --until 2026-10 --years "$years" --enterprises "$enterprises" > /dev/null
more=$(seconds imon load)
more_rows=$(published)
read -r peer_rows peer_seconds < <(java -cp "$root/orchestration/target/lib/*" "$root/bench/DuckDbLoadPeer.java" \
  "$work/home/landing" "$work/peer")

printf 'scale: %s enterprises, %s years\n' "$enterprises" "$years"
printf '%-44s %12s %10s %12s\n' "job" "rows" "seconds" "rows/s"
printf '%-44s %12d %10.1f %12.0f\n' "imon load, whole sample (all 7 feeds)" "$full_rows" "$full" "$(echo "$full_rows / $full" | bc -l)"
printf '%-44s %12d %10.1f %12.0f\n' "imon load, one more period" "$more_rows" "$more" "$(echo "$more_rows / $more" | bc -l)"
printf '%-44s %12d %10.1f %12.0f\n' "DuckDB read_csv → Parquet (UTF-8 CSV only)" "$peer_rows" "$peer_seconds" "$(echo "$peer_rows / $peer_seconds" | bc -l)"
