#!/usr/bin/env bash
# Runs Rapport on the embedded defaults: builds it if needed, starts it (PostgreSQL, the MongoDB
# wire server and Keycloak come up with it, their data under ./data, and a mail server that keeps
# what Rapport and Keycloak send in memory), waits until everything is ready, prints where to open
# it, the demo logins and where to read the mail. Ctrl-C stops everything.
set -euo pipefail
cd "$(dirname "$0")"

jar=application/target/rapport.jar
port="${PORT:-8080}"

if [ ! -f "$jar" ] || [ -n "$(find pom.xml command-side query-side gateway application infra web -newer "$jar" -type f \
    -not -path '*/target/*' -not -path '*/node_modules/*' -print -quit)" ]; then
  echo "Building Rapport (first time: a few minutes) ..."
  ./mvnw -B -q -DskipTests install
fi

# The jar unpacked, so that the JVM can keep the classes it loaded in an archive of class data
# (CDS): the first run writes the archive when it stops, later runs start from it. A new build
# unpacks again and writes a new archive. The archive is named after the build it belongs to, so
# that one written late by an earlier run of another build is never taken for this build's.
unpacked=application/target/unpacked
if [ ! -f "$unpacked/rapport.jar" ] || [ "$jar" -nt "$unpacked/rapport.jar" ]; then
  rm -rf "$unpacked"
  java -Djarmode=tools -jar "$jar" extract --destination "$unpacked" >/dev/null
fi
archive="$unpacked/rapport-$(stat -c '%Y-%s' "$unpacked/rapport.jar").jsa"
if [ -s "$archive" ]; then
  class_data="-XX:SharedArchiveFile=$archive -Xlog:cds=off -Xlog:cds+dynamic=off"
else
  # written beside, and kept only once the JVM has finished writing it
  class_data="-XX:ArchiveClassesAtExit=$archive.part -Xlog:cds=off -Xlog:cds+dynamic=off"
fi

MALLOC_ARENA_MAX=2 java ${JAVA_OPTS:--Xms256m -Xmx448m -XX:+UseSerialGC -XX:ReservedCodeCacheSize=128m -XX:MaxMetaspaceSize=192m -Xss512k} \
  $class_data -jar "$unpacked/rapport.jar" --server.port="$port" &
app=$!

keep_class_data() {
  if [ -s "$archive.part" ]; then
    mv -f "$archive.part" "$archive"
  fi
}

stop() {
  trap - INT TERM
  echo
  echo "Stopping Rapport ..."
  kill -TERM "$app" 2>/dev/null || true
  wait "$app" 2>/dev/null || true
  keep_class_data
  exit 0
}
trap stop INT TERM

echo "Starting Rapport (Keycloak's first start takes a minute) ..."
started=$SECONDS
until curl -fs "http://localhost:$port/actuator/health/readiness" >/dev/null 2>&1; do
  if ! kill -0 "$app" 2>/dev/null; then
    echo "Rapport stopped before it was ready; see the output above." >&2
    exit 1
  fi
  if (( SECONDS - started > 300 )); then
    echo "Rapport was not ready within 5 minutes." >&2
    stop
  fi
  sleep 1
done

cat <<TXT

  Rapport is ready (in $((SECONDS - started)) s).

  App and API   http://localhost:$port/              (API under /api/v1, docs at /swagger-ui.html)
  Keycloak      http://localhost:8180/               (admin console: admin / admin)

  Demo logins (password: rapport-demo)
    northfield-university   ada.student, ben.student, carla.coach (coach), dan.admin (tenant admin)
    southside-bootcamp      eve.student, finn.coach (coach), gia.admin (tenant admin)
    platform                pat.platform (platform admin)
    Northfield's own sign-in   type ivy.student@northfield.example on the sign-in page

  A token for curl:
    curl -s -d grant_type=password -d client_id=rapport-cli -d username=ada.student \\
         -d password=rapport-demo http://localhost:8180/realms/rapport/protocol/openid-connect/token

TXT
if [ -z "${RAPPORT_SMTP_HOST:-}" ]; then
  cat <<'TXT'
  Mail sent by Rapport and Keycloak, kept until Rapport stops (SMTP localhost:3025)
    read it over IMAP at localhost:3143 with any mail client: user = the recipient's address,
    any password; or list a mailbox and show its first message with curl:
    curl -s -u ada.student@northfield.example:any imap://localhost:3143/INBOX -X 'FETCH 1:* ENVELOPE'
    curl -s -u ada.student@northfield.example:any 'imap://localhost:3143/INBOX;MAILINDEX=1'

TXT
fi
cat <<TXT
  Data is kept in ${RAPPORT_DATA_DIR:-./data}. Press Ctrl-C to stop.

TXT
status=0
wait "$app" || status=$?
keep_class_data
exit "$status"
