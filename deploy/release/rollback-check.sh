#!/usr/bin/env bash
# Rollback rehearsal with real binaries: the CURRENT build migrates an empty PostgreSQL schema to the newest
# version and loads the demo data; then each PREVIOUS version (a git commit, built here) runs on that schema with
# LODESTAR_COMPATIBLE_SCHEMA, reads through its API and writes an actual; then the current build runs again and
# finds what the old one wrote. Fails (exit 1) at the first step that does not hold.
#
# usage: deploy/release/rollback-check.sh [commit ...]   (default: the commits in deploy/release/previous-versions)
# needs: a JDK, git history of those commits, PostgreSQL at 127.0.0.1:5432 (user postgres, database test),
#        curl, python3; the current jar in target/ (./mvnw package, or after ./mvnw verify).
set -euo pipefail
cd "$(dirname "$0")/../.."

PORT=${LODESTAR_ROLLBACK_PORT:-18181}
SCHEMA=rollback_check
PASSWORD=Polaris-Guide-2026
HR=xiaowen.gu@huarui-demo.cn
work=$(mktemp -d)
server=""
trap 'stop; rm -rf "$work"' EXIT

current=$(ls target/lodestar-*.jar 2>/dev/null | grep -v original | head -1 || true)
[ -n "$current" ] || { echo "rollback-check: no jar in target/ (run ./mvnw package first)" >&2; exit 1; }
if [ $# -gt 0 ]; then previous=("$@"); else mapfile -t previous < <(grep -v '^#' deploy/release/previous-versions | awk 'NF {print $1}'); fi
newest=$(ls src/main/resources/db/migration | sed -E 's/^V([0-9]+)__.*/\1/' | sort -n | tail -1)

say() { echo "rollback-check: $*"; }
fail() { echo "rollback-check: FAILED: $*" >&2; [ -f "$work/server.log" ] && tail -40 "$work/server.log" >&2; exit 1; }

start() { # jar, extra env...
  local jar=$1; shift
  env SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:5432/test?currentSchema=$SCHEMA" \
      SPRING_DATASOURCE_USERNAME=postgres SPRING_DATASOURCE_PASSWORD= \
      SERVER_PORT=$PORT LODESTAR_DATA_DIR="$work/data" LODESTAR_BACKUP_DIR="$work/backups" \
      LODESTAR_ADMIN_PASSWORD=$PASSWORD LODESTAR_DEMO_PASSWORD=$PASSWORD "$@" \
      java -Xmx768m -XX:TieredStopAtLevel=1 -jar "$jar" > "$work/server.log" 2>&1 &
  server=$!
  for _ in $(seq 1 180); do
    if curl -fsS "http://127.0.0.1:$PORT/actuator/health/readiness" >/dev/null 2>&1; then return 0; fi
    kill -0 "$server" 2>/dev/null || fail "$jar did not start"
    sleep 1
  done
  fail "$jar was not ready within 180 s"
}

stop() {
  if [ -n "$server" ] && kill -0 "$server" 2>/dev/null; then
    kill "$server"; wait "$server" 2>/dev/null || true
  fi
  server=""
}

api() { # method path [json]
  curl -sS -o "$work/body" -w '%{http_code}' -X "$1" "http://127.0.0.1:$PORT$2" \
    -H "Authorization: Bearer $token" -H 'Content-Type: application/json' ${3:+--data "$3"}
}

json() { python3 -c "import json,sys; d=json.load(open('$work/body')); $1"; }

PGOPTIONS='--client-min-messages=warning' psql -q -h 127.0.0.1 -U postgres -d test -c "drop schema if exists $SCHEMA cascade" -c "create schema $SCHEMA"

say "current build $(basename "$current") migrates an empty schema to V$newest and loads the demo data"
start "$current" LODESTAR_DEMO=true
code=$(curl -sS -o "$work/body" -w '%{http_code}' -u "$HR:$PASSWORD" -H 'Content-Type: application/json' \
  --data '{"name": "rollback check", "scopes": ["READ", "WRITE"]}' "http://127.0.0.1:$PORT/api/v1/tokens")
[ "$code" = 201 ] || fail "token: HTTP $code $(cat "$work/body")"
token=$(json "print(d['token'])")
stop

for commit in "${previous[@]}"; do
  if ! git cat-file -e "$commit^{commit}" 2>/dev/null; then
    # a shallow CI checkout: fetch the history the check needs
    git fetch --quiet --unshallow 2>/dev/null || git fetch --quiet origin "$commit" 2>/dev/null || true
  fi
  if ! git cat-file -e "$commit^{commit}" 2>/dev/null; then
    if [ "$(git rev-parse --is-shallow-repository)" = true ]; then
      say "WARNING: $commit is not in this shallow clone and could not be fetched: its rollback is NOT checked"
      continue
    fi
    fail "$commit is not in this repository"
  fi
  say "building previous version $commit"
  mkdir -p "$work/$commit"
  git archive "$commit" | tar -x -C "$work/$commit"
  (cd "$work/$commit" && ./mvnw -q -B -Dmaven.test.skip=true package) > "$work/build.log" 2>&1 \
    || { tail -30 "$work/build.log" >&2; fail "$commit does not build"; }
  old=$(ls "$work/$commit"/target/lodestar-*.jar | grep -v original | head -1)

  say "$commit refuses the newer schema on its own"
  if timeout 180 env SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:5432/test?currentSchema=$SCHEMA" \
      SPRING_DATASOURCE_USERNAME=postgres SERVER_PORT=$PORT LODESTAR_DATA_DIR="$work/data" \
      LODESTAR_ADMIN_PASSWORD=$PASSWORD java -XX:TieredStopAtLevel=1 -jar "$old" > "$work/server.log" 2>&1; then
    fail "$commit started on a schema newer than it knows without LODESTAR_COMPATIBLE_SCHEMA"
  fi
  grep -q "newer than this Lodestar release understands" "$work/server.log" || fail "$commit stopped for another reason"

  say "$commit runs on the V$newest schema (LODESTAR_COMPATIBLE_SCHEMA=$newest)"
  start "$old" LODESTAR_COMPATIBLE_SCHEMA=$newest LODESTAR_BACKUP_BEFORE_MIGRATE=false
  [ "$(api GET /api/v1/employees)" = 200 ] || fail "$commit: employees $(cat "$work/body")"
  [ "$(api GET /api/v1/kpis)" = 200 ] || fail "$commit: KPIs $(cat "$work/body")"
  kpi=$(json "print(next(k['id'] for k in d if k.get('recordable') and k['period']['startsOn'] <= __import__('datetime').date.today().isoformat() <= k['period']['endsOn']))")
  day=$(date -u +%F)
  key="rollback-$commit-$(date +%s)"
  code=$(api POST "/api/v1/kpis/$kpi/measurements" "{\"value\": 4.25, \"measuredOn\": \"$day\", \"idempotencyKey\": \"$key\", \"sourceRef\": \"$key\"}")
  [ "$code" = 201 ] || fail "$commit: recording an actual: HTTP $code $(cat "$work/body")"
  [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/login")" = 200 ] || fail "$commit: sign-in page"
  stop

  say "current build again: finds the actual $commit wrote"
  start "$current"
  [ "$(api GET "/api/v1/kpis/$kpi/measurements")" = 200 ] || fail "measurements $(cat "$work/body")"
  json "assert any(m.get('sourceRef') == '$key' for m in d), 'the actual written by $commit is missing'" \
    || fail "the actual written by $commit is missing"
  stop
  say "$commit: OK"
done
say "all previous versions ran on the current schema; nothing they wrote was lost"
