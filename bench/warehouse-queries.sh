#!/usr/bin/env bash
# The warehouse's own costs on a loaded home: `imon build` from scratch, `imon build` after one new
# period (the home's snapshot built over a warehouse built from the same snapshot less its latest
# period), and every query a report runs and the analyst guide's ten queries on the result.
# Figures are the builder's and the queries' own time inside one JVM (no JVM start).
#
# Usage: bench/warehouse-queries.sh HOME [REPLICAS] [RUNS]   (after mvn -B -DskipTests package)
#   HOME      a home after `imon sample && imon load` (the default city: 1,800 enterprises, 12 years)
#   REPLICAS  > 1 measures a larger copy instead: every enterprise of HOME's snapshot repeated REPLICAS
#             times under new credit codes (bench/NationSnapshot.java says how). From the default city,
#             14 copies make 3.4 million enterprise rows (province scale: 25,000 enterprises x 12 years
#             is 3.3 million) and 215 copies 52 million (nation scale: 480,000 x 10 years is 51 million)
#   RUNS      builds and query repetitions, median taken (default 3)
# IMON_LIB names another build's lib folder (default orchestration/target/lib), to compare two builds.
# KEEP_YEARS=N keeps only the snapshot's last N years (the same scale with a shorter history).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
home="$(cd "$1" && pwd)"
replicas="${2:-1}"
runs="${3:-3}"
lib="${IMON_LIB:-$root/orchestration/target/lib}"
work="$(mktemp -d "${TMPDIR:-/tmp}/warehouse-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT
java_bench() { java -Xmx4g -cp "$lib/*" "$root/bench/$1" "${@:2}"; }
median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

snapshot="$home/snapshots/$(cat "$home/snapshots/CURRENT")"
if [ "$replicas" -gt 1 ]; then
  java_bench NationSnapshot.java "$snapshot" "$work/snapshot" "$replicas"
  snapshot="$work/snapshot"
fi
if [ -n "${KEEP_YEARS:-}" ]; then
  cp -al "$snapshot" "$work/kept"
  last=$(ls -d "$snapshot"/fact_enterprise_period/year=* | sed -E 's/.*year=//' | sort -n | tail -1)
  for table in fact_enterprise_period fact_region_period fact_project_period; do
    for folder in "$work/kept/$table"/year=*; do
      [ "${folder##*year=}" -gt $((last - KEEP_YEARS)) ] || rm -rf "$folder"
    done
  done
  snapshot="$work/kept"
fi
rows=$(java -cp "$lib/*" "$root/bench/ParquetRows.java" "$snapshot/fact_enterprise_period")

# The same snapshot less its latest period: the warehouse as it stood the night before.
cp -al "$snapshot" "$work/previous"   # hard links, as a load keeps the partitions it does not touch
latest=$(ls -d "$snapshot"/fact_enterprise_period/year=*/period=* | sed -E 's/.*year=([0-9]+)\/period=([0-9]+)$/\1 \2/' \
  | sort -n -k1,1 -k2,2 | tail -1)
read -r year period <<< "$latest"
for table in fact_enterprise_period fact_region_period fact_project_period; do
  rm -rf "$work/previous/$table/year=$year/period=$period"
done

full=$(for _ in $(seq "$runs"); do rm -f "$work/w.duckdb"; java_bench WarehouseBuild.java "$snapshot" "$home/ledger" "$work/w.duckdb"; done | median)
more=$(for _ in $(seq "$runs"); do
  java_bench WarehouseBuild.java "$work/previous" "$home/ledger" "$work/w.duckdb" > /dev/null
  java_bench WarehouseBuild.java "$snapshot" "$home/ledger" "$work/w.duckdb"
done | median)

printf 'home %s, %s enterprise rows (x%s), latest period %s-%02d; %s runs, median; %s\n' \
  "$home" "$rows" "$replicas" "$year" "$period" "$runs" "$(nproc) cores"
printf '%-46s %10s\n' "job" "seconds"
printf '%-46s %10.1f\n' "imon build, from scratch" "$full"
printf '%-46s %10.1f\n' "imon build, after one new period" "$more"
printf 'warehouse.duckdb: %s\n\n' "$(du -h "$work/w.duckdb" | cut -f1)"
java_bench WarehouseQueries.java "$work/w.duckdb" "$root" "$runs"
