#!/usr/bin/env bash
# JMH microbenchmarks of the hot path's in-memory steps: JWT verification (repeated and new tokens), SHA-256 of a
# token, the bearer check without the database, and user-agent parsing (cached and new agents). Kept out of the
# normal build and of .ci/run. Usage: bash bench/jmh.sh [JMH options, e.g. -f 1 -wi 3 -i 5]
set -euo pipefail
cd "$(dirname "$0")/.."
source .ci/java-env
mvn -B -ntp -q -DskipTests install
mvn -B -ntp -q -f bench/jmh/pom.xml package
if [ $# -eq 0 ]; then set -- -f 1 -wi 3 -w 2s -i 5 -r 2s; fi
exec java -jar bench/jmh/target/benchmarks.jar "$@"
