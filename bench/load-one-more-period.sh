#!/usr/bin/env bash
# What one more period costs to load, with a short and a long history already loaded: the sample up
# to 2026 1-9月 is loaded, then 1-10月 arrives and is loaded with the load's step timings on. Prints
# the seconds of that second load after the JVM and the Spark session are up (the timings' total), and
# the process's wall time. Each history is run RUNS times in the same run of the script.
# Usage: bench/load-one-more-period.sh [ENTERPRISES] [RUNS]   (after mvn -B -DskipTests package)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
enterprises="${1:-1800}"
runs="${2:-3}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
imon() { "$root/bin/imon" --home "$1" "${@:2}"; }

printf 'scale: %s enterprises; %s runs each\n' "$enterprises" "$runs"
printf '%-12s %-4s %22s %14s\n' "history" "run" "seconds after start-up" "wall seconds"
for years in 2 12; do
  base="$work/base-$years"
  imon "$base" sample --until 2026-09 --years "$years" --enterprises "$enterprises" > /dev/null
  imon "$base" load > /dev/null
  imon "$work/next-$years" sample --until 2026-10 --years "$years" --enterprises "$enterprises" > /dev/null
  for run in $(seq "$runs"); do
    rm -rf "$work/home"
    cp -a "$base" "$work/home"
    rm -rf "$work/home/landing"
    cp -r "$work/next-$years/landing" "$work/home/landing"
    start=$(date +%s.%N)
    IMON_JAVA_OPTS="${IMON_JAVA_OPTS:-} -Dimon.load.jobTimings=true" imon "$work/home" load > /dev/null 2> "$work/err.txt"
    wall=$(echo "$(date +%s.%N) - $start" | bc -l)
    after=$(grep -oE 'the load took [0-9]+ ms' "$work/err.txt" | grep -oE '[0-9]+')
    printf '%-12s %-4s %22.1f %14.1f\n' "$years years" "#$run" "$(echo "$after / 1000" | bc -l)" "$wall"
  done
done
