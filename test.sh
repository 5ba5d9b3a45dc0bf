#!/usr/bin/env bash
# Runs every test tier (unit, integration on SQLite and PostgreSQL, end-to-end in Chromium).
# Installs what the tests need when it is missing: Debian chromium, PostgreSQL 15 and python3-aiosmtpd (a real SMTP server).
set -euo pipefail
cd "$(dirname "$0")"

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -x /usr/lib/postgresql/15/bin/initdb ] || missing+=(postgresql-15)
/usr/bin/python3 -c 'import aiosmtpd' 2>/dev/null || missing+=(python3-aiosmtpd)
if [ ${#missing[@]} -gt 0 ]; then
  echo "test.sh: installing ${missing[*]}"
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

dotnet tool restore >/dev/null
dotnet build Marketplace.sln -c Release -warnaserror -nologo -v q

log=$(mktemp)
status=0
for project in tests/Marketplace.Tests tests/Plugins/*.Tests tests/Marketplace.IntegrationTests tests/Marketplace.E2E; do
  [ -d "$project" ] || continue
  echo "== $project"
  if ! dotnet test "$project" -c Release --no-build --nologo --logger "console;verbosity=normal" 2>&1 | tee -a "$log"; then
    status=1
  fi
done

# A count that is zero has no line in the log; grep then fails, which must not end the script (set -e, pipefail).
passed=$(grep -oE 'Passed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}' || true)
failed=$(grep -oE 'Failed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}' || true)
skipped=$(grep -oE 'Skipped: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}' || true)
rm -f "$log"
echo "tests: $passed passed, $failed failed, $skipped skipped"
if [ "$passed" -eq 0 ]; then
  echo "test.sh: no test ran" >&2
  exit 1
fi
exit $status
