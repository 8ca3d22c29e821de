#!/usr/bin/env bash
# Renders the first page of every built report, from the sample city, into docs/images/reports/:
# the pictures docs/reports.md shows. The sample is seeded, so the pictures come out the same.
# Needs a packaged build: mvn -B -DskipTests package.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT
imon() { "$root/bin/imon" --home "$home" "$@"; }

imon sample --from-year 2023 --until 2024-06 >/dev/null
imon load >/dev/null
imon build >/dev/null
imon report all --period 2024-06 --date 2024-07-15 --format png
mkdir -p "$root/docs/images/reports"
cp "$home"/reports/2024-06/*.png "$root/docs/images/reports/"
ls -l "$root/docs/images/reports"
