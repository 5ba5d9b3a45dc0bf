#!/usr/bin/env bash
# Start-up time of the host, from process start to the first 200 from /health:
#  cold = empty data folder (migrations, 552 regions and the demo recipe seeded),
#  warm = the same data folder again (migrations and seeding find nothing to do).
# Usage: bench/startup.sh [runs]   (default 7). Prints the median of each.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-7}
out=$(mktemp -d)
dotnet publish src/Marketplace.Web -c Release -o "$out/app" -nologo -v q >/dev/null

measure() { # $1 = data folder; prints milliseconds to first healthy answer
  local port; port=$(python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])')
  local start; start=$(date +%s%N)
  ASPNETCORE_ENVIRONMENT=Development Marketplace__DataPath="$1" \
    dotnet "$out/app/Marketplace.Web.dll" --urls "http://127.0.0.1:$port" >"$out/log" 2>&1 &
  local pid=$!
  until curl -fs "http://127.0.0.1:$port/health" >/dev/null 2>&1; do sleep 0.02; done
  echo $(( ($(date +%s%N) - start) / 1000000 ))
  kill "$pid"; wait "$pid" 2>/dev/null || true
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

cold=(); warm=()
for i in $(seq "$runs"); do
  rm -rf "$out/data"
  cold+=("$(measure "$out/data")")
  warm+=("$(measure "$out/data")")
done
echo "cold start (empty data folder): median $(printf '%s\n' "${cold[@]}" | median) ms  [${cold[*]}]"
echo "warm start (existing data):     median $(printf '%s\n' "${warm[@]}" | median) ms  [${warm[*]}]"
rm -rf "$out"
