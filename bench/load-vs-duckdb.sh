#!/usr/bin/env bash
# Full load against DuckDB on the same files: `imon sample --utf8-csv` writes every file as UTF-8 CSV,
# `imon load` loads them all (checks, corrections, facts, dimensions, snapshot, ledger), and DuckDB
# reads the same CSV files into Parquet (bench/DuckDbFeedsPeer.java; no checks). Spark's own CSV reader
# does the same job in the load's Spark session (bench/SparkFeedsPeer.java): the floor for any load
# written with Spark on this machine. Each is run RUNS times in the same run of the script, so the ratios
# compare like with like on a shared machine. IMON_JAVA_OPTS reaches the load and the Spark peer alike.
# Usage: bench/load-vs-duckdb.sh [ENTERPRISES] [YEARS] [RUNS]   (after mvn -B -DskipTests package)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
enterprises="${1:-1800}"
years="${2:-12}"
runs="${3:-3}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
per_row() { echo "$1 * 1000000 / $2" | bc -l; }
seconds() { local start=$(date +%s.%N); "$@" > "$work/out.txt"; echo "$(date +%s.%N) - $start" | bc -l; }

"$root/bin/imon" --home "$work/sample" sample --utf8-csv --until 2026-09 --years "$years" \
  --enterprises "$enterprises" > /dev/null
printf 'scale: %s enterprises, %s years; %s runs each\n' "$enterprises" "$years" "$runs"
printf '%-36s %12s %10s %14s\n' "run" "rows read" "seconds" "µs per row"
for run in $(seq "$runs"); do
  rm -rf "$work/home" "$work/peer"
  mkdir -p "$work/home"
  cp -r "$work/sample/landing" "$work/home/landing"
  load=$(seconds "$root/bin/imon" --home "$work/home" load)
  # Rows read by every feed: the same rows the peer reads.
  load_rows=$(grep -oE '读取 [0-9]+ 行' "$work/out.txt" | grep -oE '[0-9]+' | paste -sd+ | bc)
  read -r peer_rows peer < <(java -cp "$root/orchestration/target/lib/*" "$root/bench/DuckDbFeedsPeer.java" \
    "$work/home/landing" "$work/peer")
  read -r spark_rows spark_work spark_start < <("$root/bench/spark-peer.sh" "$work/peer.jsa" "$work/home/landing" \
    "$work/spark")
  spark=$(echo "$spark_work + $spark_start" | bc -l)
  rm -rf "$work/spark"
  printf '%-36s %12d %10.1f %14.2f\n' "imon load #$run" "$load_rows" "$load" "$(per_row "$load" "$load_rows")"
  printf '%-36s %12d %10.1f %14.2f\n' "DuckDB read_csv → Parquet #$run" "$peer_rows" "$peer" "$(per_row "$peer" "$peer_rows")"
  printf '%-36s %12d %10.1f %14.2f\n' "Spark read.csv → Parquet #$run" "$spark_rows" "$spark" "$(per_row "$spark" "$spark_rows")"
  printf '%-36s %37.1f×\n' "load / DuckDB per row #$run" "$(echo "($load / $load_rows) / ($peer / $peer_rows)" | bc -l)"
  printf '%-36s %37.1f×\n' "Spark peer / DuckDB per row #$run" "$(echo "($spark / $spark_rows) / ($peer / $peer_rows)" | bc -l)"
  printf '%-36s %37.1f×\n' "load / Spark peer per row #$run" "$(echo "($load / $load_rows) / ($spark / $spark_rows)" | bc -l)"
done
