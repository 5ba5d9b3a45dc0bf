#!/usr/bin/env bash
# Catalog under load: 30,000 generated applications in a fresh SQLite data folder, the published Release host in
# Production on its own loopback port, and wrk (2 threads, 32 connections, 10 s) on each URL; then the query plans of
# the catalog's SQL (taken from EF Core's command log during one request per URL) through the sqlite3 CLI.
# Usage: bench/catalog.sh [apps] [seconds]   (defaults 30000 and 10). Installs wrk and sqlite3 when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
apps=${1:-30000}
seconds=${2:-10}
urls=(/health /katalog "/katalog?maturity=stable" "/katalog?halaman=1400" /api/v1/apps "/api/v1/apps?page=1400&pageSize=20")

missing=()
command -v wrk >/dev/null || missing+=(wrk)
command -v sqlite3 >/dev/null || missing+=(sqlite3)
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

out=$(mktemp -d)
pid=""
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null; wait 2>/dev/null || true; rm -rf "$out"; }
trap cleanup EXIT
dotnet publish src/Marketplace.Web -c Release -o "$out/app" -nologo -v q >/dev/null
export ASPNETCORE_ENVIRONMENT=Production Marketplace__DataPath="$out/data"

# From the app folder, so that its appsettings.json (and Production's log levels) apply.
start=$(date +%s%N)
(cd "$out/app" && dotnet Marketplace.Web.dll generate-load --apps "$apps")
echo "generate-load: $(( ($(date +%s%N) - start) / 1000000 )) ms wall"

port=$(python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])')
base="http://127.0.0.1:$port"
serve() { # extra host arguments; starts the host and waits for /health
  (cd "$out/app" && exec dotnet Marketplace.Web.dll --urls "$base" "$@") >"$out/host.log" 2>&1 &
  pid=$!
  until curl -fs "$base/health" >/dev/null 2>&1; do sleep 0.05; done
}
stop() { kill "$pid"; wait "$pid" 2>/dev/null || true; pid=""; }

# 1. The SQL of one request per URL, from EF Core's command log.
serve --Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command=Information --Logging:Console:FormatterName=json
for url in "${urls[@]}"; do curl -s -o /dev/null "$base$url"; done
stop
python3 bench/catalog/queries.py "$out/host.log" >"$out/queries.sql"

# 2. Load, one URL after another on the same host.
serve
# Warm every URL before measuring any: the first one measured otherwise pays for tiered JIT compilation.
for url in "${urls[@]}"; do wrk -t2 -c32 -d5s "$base$url" >/dev/null; done
printf '\n| URL | status | requests/s | p50 | p99 |\n| --- | --- | --- | --- | --- |\n'
for url in "${urls[@]}"; do
  status=$(curl -s -o /dev/null -w '%{http_code}' "$base$url")
  result=$(wrk -t2 -c32 -d"${seconds}s" --latency "$base$url")
  rps=$(awk '/^Requests\/sec/ {print $2}' <<<"$result")
  p50=$(awk '$1 == "50%" {print $2}' <<<"$result")
  p99=$(awk '$1 == "99%" {print $2}' <<<"$result")
  non2xx=$(awk '/Non-2xx/ {print " (" $5 " non-2xx)"}' <<<"$result")
  echo "| \`$url\` | $status$non2xx | $rps | $p50 | $p99 |"
done
stop

# 3. Query plans: a "SCAN Apps" without "USING ... INDEX" reads the whole table.
echo
db="$out/data/marketplace.db"
awk '/^-- query/ {if (sql) print sql; print; sql=""; next} {sql = sql " " $0} END {if (sql) print sql}' "$out/queries.sql" |
while IFS= read -r line; do
  if [[ $line == "-- query"* ]]; then echo "$line"; continue; fi
  echo "$line" | cut -c1-400
  sqlite3 "$db" "EXPLAIN QUERY PLAN $line"
  echo
done
