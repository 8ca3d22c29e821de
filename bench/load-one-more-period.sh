#!/usr/bin/env bash
# What one more period costs to load, with a short and a long history already loaded: the sample up
# to 2026 1-9月 is loaded, then 1-10月 arrives and is loaded with the load's step timings on. Prints
# the seconds of that second load after the JVM and the Spark session are up (the timings' total), and
# the process's wall time. Each history is run RUNS times in the same run of the script. Then the
# floor for any load written with Spark: Spark's own CSV reader turns the CSV files that arrived into
# Parquet in the load's Spark session, nothing else (bench/SparkFeedsPeer.java), timed after the session
# is up; IMON_JAVA_OPTS reaches it as it does the load.
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
  # The home stays where it is, as a server's does: its landing folder keeps the files the first load
  # recorded (their status included), and only what arrived is copied in. Between runs everything but
  # the landing folder is put back as the first load left it.
  home="$work/home-$years"
  imon "$home" sample --until 2026-09 --years "$years" --enterprises "$enterprises" > /dev/null
  imon "$home" load > /dev/null
  mkdir -p "$work/loaded-$years"
  (cd "$home" && find . -mindepth 1 -maxdepth 1 ! -name landing -exec cp -a {} "$work/loaded-$years/" \;)
  imon "$work/next-$years" sample --until 2026-10 --years "$years" --enterprises "$enterprises" > /dev/null
  (cd "$work/next-$years/landing" && find . -type f) | while IFS= read -r file; do
    if ! cmp -s "$work/next-$years/landing/$file" "$home/landing/$file"; then
      mkdir -p "$(dirname "$home/landing/$file")" "$(dirname "$work/arrived-$years/$file")"
      cp "$work/next-$years/landing/$file" "$home/landing/$file"
      cp "$work/next-$years/landing/$file" "$work/arrived-$years/$file"
    fi
  done
  for run in $(seq "$runs"); do
    find "$home" -mindepth 1 -maxdepth 1 ! -name landing -exec rm -rf {} +
    cp -a "$work/loaded-$years/." "$home/"
    start=$(date +%s.%N)
    IMON_JAVA_OPTS="${IMON_JAVA_OPTS:-} -Dimon.load.jobTimings=true" imon "$home" load > /dev/null 2> "$work/err.txt"
    wall=$(echo "$(date +%s.%N) - $start" | bc -l)
    after=$(grep -oE 'the load took [0-9]+ ms' "$work/err.txt" | grep -oE '[0-9]+')
    printf '%-12s %-4s %22.1f %14.1f\n' "$years years" "#$run" "$(echo "$after / 1000" | bc -l)" "$wall"
  done
  for run in $(seq "$runs"); do
    rm -rf "$work/spark"
    read -r rows after start < <("$root/bench/spark-peer.sh" "$work/peer.jsa" "$work/arrived-$years" "$work/spark")
    printf '%-12s %-4s %22.1f %14s\n' "Spark peer" "#$run" "$after" "($rows CSV rows)"
  done
  rm -rf "$home" "$work/loaded-$years" "$work/next-$years" "$work/arrived-$years"
done
