#!/usr/bin/env bash
# Forum under load: one million generated posts (generate-load --posts) in a fresh SQLite data folder, the published
# Release host in Production on its own loopback port, and wrk (2 threads, 32 connections) on /health, the busiest board's
# first page and a deep page, the first and the last page of the 1,000-post thread and the API's thread endpoint; then
# the query plans of the forum's SQL (from EF Core's command log during one request per URL) through the sqlite3 CLI,
# flagging every SCAN (a table or index read from end to end instead of a range).
# Usage: bench/forum.sh [posts] [seconds]   (defaults 1000000 and 10). Installs wrk and sqlite3 when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
posts=${1:-1000000}
seconds=${2:-10}

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
(cd "$out/app" && dotnet Marketplace.Web.dll generate-load --posts "$posts" --Logging:LogLevel:Default=Warning) | tee "$out/generate.txt"
echo "generate-load: $(( ($(date +%s%N) - start) / 1000000 )) ms wall"
read -r thread_id thread_path < <(awk '/long thread/ {print $4, $5}' "$out/generate.txt")

port=$(python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])')
base="http://127.0.0.1:$port"
serve() { # extra host arguments; starts the host and waits for /health
  (cd "$out/app" && exec dotnet Marketplace.Web.dll --urls "$base" "$@") >"$out/host.log" 2>&1 &
  pid=$!
  until curl -fs "$base/health" >/dev/null 2>&1; do sleep 0.05; done
}
stop() { kill "$pid"; wait "$pid" 2>/dev/null || true; pid=""; }

# 1. The URLs (from the read API), and the SQL of one request per URL from EF Core's command log.
serve --Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command=Information --Logging:Console:FormatterName=json
mapfile -t found < <(python3 bench/forum/urls.py "$base" "$thread_id" "$thread_path")
urls=(/health "${found[@]}")
: >"$out/host.log"
for url in "${urls[@]}"; do curl -s -o /dev/null "$base$url"; done
stop
python3 bench/forum/queries.py "$out/host.log" >"$out/queries.sql"

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
  errors=$(awk '/Socket errors/ {print " (" $0 ")"}' <<<"$result")
  echo "| \`$url\` | $status$non2xx$errors | $rps | $p50 | $p99 |"
done
stop

# 3. Query plans: "SCAN x" reads a whole table (or a whole index); the forum's reads should all be SEARCHes.
echo
db="$out/data/marketplace.db"
scans=0
while IFS= read -r line; do
  if [[ $line == "-- query"* ]]; then echo "$line"; continue; fi
  echo "$line" | cut -c1-400
  plan=$(sqlite3 "$db" "EXPLAIN QUERY PLAN $line")
  echo "$plan"
  if [ -n "$(python3 bench/forum/scans.py <<<"$plan")" ]; then
    echo "!! SCAN of a table or index above: reads all of it"; scans=$((scans + 1))
  fi
  echo
done < <(awk '/^-- query/ {if (sql) print sql; print; sql=""; next} {sql = sql " " $0} END {if (sql) print sql}' "$out/queries.sql")
echo "queries with a SCAN: $scans"
