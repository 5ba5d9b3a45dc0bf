#!/usr/bin/env python3
"""Reads the host's JSON console log and prints each distinct SELECT EF Core ran on the forum's tables ("Forum..."), one per
block (separated by a line '-- query N'), parameters left unbound: EXPLAIN QUERY PLAN plans them as they are."""
import json
import sys

seen = []
for line in open(sys.argv[1], encoding="utf-8"):
    try:
        entry = json.loads(line)
    except ValueError:
        continue
    if entry.get("Category") != "Microsoft.EntityFrameworkCore.Database.Command":
        continue
    sql = entry.get("State", {}).get("commandText", "")
    if '"Forum' in sql and sql.lstrip().upper().startswith("SELECT") and sql not in seen:
        seen.append(sql)

for n, sql in enumerate(seen, 1):
    print(f"-- query {n}")
    print(sql.strip().rstrip(";") + ";")
