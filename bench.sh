#!/usr/bin/env bash
# Runs the benchmark suite (targets P1–P6 with their raw baselines, see docs/performance.md): builds Rapport,
# then starts it on the embedded defaults in infra/bench/target/bench/data and loads it. At the
# default 1 M events it takes as long as the read models need to project them twice (catch-up and
# rebuild) plus about 15 minutes; sizes, rates and the figures to measure can be changed, e.g.
#   ./bench.sh -Dbench.events=200000 -Dbench.only=P3,P4
# Maven options go through MAVEN_ARGS, e.g. MAVEN_ARGS="-o" ./bench.sh
set -euo pipefail
cd "$(dirname "$0")"
./mvnw -B -q -DskipTests install
./mvnw -B -q -Pbench -DskipTests install -pl infra/bench
./mvnw -B -q -Pbench exec:exec -pl infra/bench \
  -Dexec.args="-Xmx1g --add-opens java.base/java.lang=ALL-UNNAMED $* -classpath %classpath io.rapport.bench.Bench"
