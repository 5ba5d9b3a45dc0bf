#!/usr/bin/env bash
# Module figures (bench/README.md, "Modules"): cold load time of the parking module (median), unload time until its
# load context is collected, managed memory after 100 load/unload cycles against the baseline, and requests per second
# through the module beside plain host endpoints in the same run of the real host (demo on, SQLite, loopback).
# Usage: bench/modules.sh [loads] [seconds] [callers]   (defaults 21, 10, 8)
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build bench/modules/ModuleBench -c Release -nologo -v q >/dev/null
# From its own folder: WebApplicationFactory finds the host's content root through the manifest next to the bench.
cd bench/modules/ModuleBench/bin/Release/net10.0
dotnet ModuleBench.dll "${1:-21}" "${2:-10}" "${3:-8}"
