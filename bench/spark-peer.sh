#!/usr/bin/env bash
# Runs bench/SparkFeedsPeer.java with the JVM options bin/imon gives a load (the quick compiler, the
# code cache, IMON_JAVA_OPTS) and, as bin/imon does, a class-data archive, so that the peer pays no
# more than the load does for loading Spark's classes: where ARCHIVE does not exist yet, an untimed
# first run writes it. Prints what the peer prints: rows, seconds after the Spark session is up,
# seconds to start the session.
# Usage: bench/spark-peer.sh ARCHIVE LANDING OUT_DIR   (after mvn -B -DskipTests package)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
target="$root/orchestration/target"
archive="$1"
out="$3"
peer() {
  # shellcheck disable=SC2086
  java @"$target/imon.jvm.options" -Duser.timezone=UTC -XX:TieredStopAtLevel=1 -XX:ReservedCodeCacheSize=240m \
    ${IMON_JAVA_OPTS:-} "$1" -Xlog:cds=off -Xlog:cds+dynamic=off -cp "$target/imon.jar:$target/lib/*" \
    "$root/bench/SparkFeedsPeer.java" "${@:2}" 2> /dev/null
}
if [ ! -f "$archive" ]; then
  peer -XX:ArchiveClassesAtExit="$archive" "${@:2}" > /dev/null
  rm -rf "$out"
fi
peer -XX:SharedArchiveFile="$archive" "${@:2}"
