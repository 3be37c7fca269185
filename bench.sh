#!/usr/bin/env bash
# Runs the benchmark suite (targets P1–P6 with their raw baselines, see docs/performance.md): builds Rapport,
# then starts it on the embedded defaults in infra/bench/target/bench/data and loads it. Takes
# about 15 minutes; sizes and rates can be changed, e.g. ./bench.sh -Dbench.events=200000
set -euo pipefail
cd "$(dirname "$0")"
./mvnw -B -q -DskipTests install
./mvnw -B -q -Pbench -DskipTests install -pl infra/bench
./mvnw -B -q -Pbench exec:exec -pl infra/bench \
  -Dexec.args="-Xmx1g --add-opens java.base/java.lang=ALL-UNNAMED $* -classpath %classpath io.rapport.bench.Bench"
