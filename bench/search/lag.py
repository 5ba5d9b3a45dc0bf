"""Exit 0 when the host's /health says the search index has no pending outbox entries, 1 otherwise (bench/search.sh)."""
import json
import sys
import urllib.error
import urllib.request

try:
    with urllib.request.urlopen(sys.argv[1], timeout=5) as response:
        report = json.load(response)
except urllib.error.HTTPError as error:  # 503 still carries the report
    report = json.load(error)
data = report["checks"]["search"].get("data") or {}
sys.exit(0 if data.get("pending") == 0 else 1)
