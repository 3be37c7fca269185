#!/usr/bin/env bash
# The long run of the fault harness (infra/faults): the real application on its embedded defaults,
# killed with kill -9 twenty times at random moments under a write mix, then PostgreSQL killed and
# stalled, Keycloak killed and the read store taken away, 30 s each; the invariants are checked
# from outside after each fault. Prints the table of faults, invariants and violations (also in
# infra/faults/target/faults/report.md). About 25 minutes. The test command runs a short version.
#   FAULTS_CYCLES=5 FAULTS_OUTAGE=10s ./faults.sh
set -euo pipefail
cd "$(dirname "$0")"
./mvnw -B -q -DskipTests install
status=0
./mvnw -B -q -pl infra/faults verify \
  -Dfaults.cycles="${FAULTS_CYCLES:-20}" -Dfaults.outage="${FAULTS_OUTAGE:-30s}" \
  -Dfaults.disk-full="${FAULTS_DISK_FULL:-true}" || status=$?
cat infra/faults/target/faults/report.md
exit "$status"
