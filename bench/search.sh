#!/usr/bin/env bash
# Search at scale (issue 6): 30,000 generated applications and a million generated forum posts (generate-load) in a fresh
# SQLite data folder; the full rebuild of the Lucene index (`reindex`) timed; the live path (the host's background indexer
# draining the outbox after more content is written) timed; then bench/search/SearchScale asks the index, SQLite FTS5 and
# PostgreSQL full-text search (loaded with the same documents) the same mixed query set, in turns.
# Usage: bench/search.sh [apps] [posts] [rounds] [--no-postgres]   (defaults 30000, 1000000, 30)
set -euo pipefail
cd "$(dirname "$0")/.."
apps=${1:-30000}
posts=${2:-1000000}
rounds=${3:-30}
extra=${4:-}

out=$(mktemp -d)
pid=""
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null; wait 2>/dev/null || true; rm -rf "$out"; }
trap cleanup EXIT
dotnet build bench/search/SearchScale -c Release -nologo -v q >/dev/null
dotnet publish src/Marketplace.Web -c Release -o "$out/app" -nologo -v q >/dev/null
export ASPNETCORE_ENVIRONMENT=Production Marketplace__DataPath="$out/data"
host() { (cd "$out/app" && dotnet Marketplace.Web.dll "$@" --Logging:LogLevel:Default=Warning); }
ms_since() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }

echo "== generate-load --apps $apps --posts $posts"
start=$(date +%s%N)
host generate-load --apps "$apps" --posts "$posts" --seed 1
echo "generate-load: $(ms_since "$start") ms wall"

echo "== reindex (full rebuild from the database)"
start=$(date +%s%N)
host reindex
echo "reindex: $(ms_since "$start") ms wall (process start and migration check included)"
du -sh "$out/data/search" | awk '{print "index size: " $1}'

echo "== live path: the running host's indexer drains what another process writes"
port=$(python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])')
base="http://127.0.0.1:$port"
(cd "$out/app" && exec dotnet Marketplace.Web.dll --urls "$base" --Logging:LogLevel:Default=Warning) >"$out/host.log" 2>&1 &
pid=$!
until curl -fs "$base/health" >/dev/null 2>&1; do sleep 0.1; done
start=$(date +%s%N)
host generate-load --posts 50000 --long-thread 10 --seed 2 >/dev/null
written=$(ms_since "$start")
until python3 bench/search/lag.py "$base/health"; do sleep 0.2; done
echo "50,000 posts written in $written ms; index caught up $(ms_since "$start") ms after the writes started"
kill "$pid"; wait "$pid" 2>/dev/null || true; pid=""

echo "== queries"
dotnet run -c Release --no-build --project bench/search/SearchScale -- --data "$out/data" --repeat "$rounds" $extra
