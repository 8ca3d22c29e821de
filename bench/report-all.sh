#!/usr/bin/env bash
# Wall time of `imon report all` for one period of the sample city, and of a bare JVM start of the
# same launcher (`imon --version`) in the same run: the difference is the reports' own cost.
# Usage: bench/report-all.sh [PERIOD] [RUNS]   (after mvn -B -DskipTests package)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
period="${1:-2024-06}"
runs="${2:-3}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
imon() { "$root/bin/imon" --home "$work/home" "$@"; }
seconds() { local start=$(date +%s.%N); "$@" > /dev/null; echo "$(date +%s.%N) - $start" | bc -l; }
median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

imon sample --until "$period" > /dev/null
imon load > /dev/null
imon build > /dev/null

jvm=$(for _ in $(seq "$runs"); do seconds imon --version; done | median)
reports=$(for _ in $(seq "$runs"); do seconds imon report all --period "$period"; done | median)
files=$(ls "$work/home/reports/$period" | wc -l)

printf 'sample city, default size, period %s; median of %s runs\n' "$period" "$runs"
printf '%-46s %10s\n' "job" "seconds"
printf '%-46s %10.1f\n' "imon --version (JVM start)" "$jvm"
printf '%-46s %10.1f\n' "imon report all ($files files: PDF and XLSX)" "$reports"
printf '%-46s %10.1f\n' "report all after JVM start" "$(echo "$reports - $jvm" | bc -l)"
