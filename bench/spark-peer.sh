#!/usr/bin/env bash
# Runs bench/SparkFeedsPeer.java with the JVM options bin/imon gives a load (the quick compiler, the
# code cache, IMON_JAVA_OPTS) and, as bin/imon does, a class-data archive: a run without ARCHIVE
# writes it, a run with it maps Spark's classes from it, so that the peer pays no more than the load
# does for loading them. Prints what the peer prints: rows, seconds after the Spark session is up,
# seconds to start the session.
# Usage: bench/spark-peer.sh ARCHIVE LANDING OUT_DIR   (after mvn -B -DskipTests package)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
target="$root/orchestration/target"
archive="$1"
shift
if [ -f "$archive" ]; then
  cds=(-XX:SharedArchiveFile="$archive")
else
  cds=(-XX:ArchiveClassesAtExit="$archive")
fi
# shellcheck disable=SC2086
exec java @"$target/imon.jvm.options" -Duser.timezone=UTC -XX:TieredStopAtLevel=1 -XX:ReservedCodeCacheSize=240m \
  ${IMON_JAVA_OPTS:-} "${cds[@]}" -Xlog:cds=off -Xlog:cds+dynamic=off -cp "$target/imon.jar:$target/lib/*" \
  "$root/bench/SparkFeedsPeer.java" "$@" 2> /dev/null
