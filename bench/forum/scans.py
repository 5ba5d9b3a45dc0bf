#!/usr/bin/env python3
"""Reads one EXPLAIN QUERY PLAN from stdin and prints what it SCANs from end to end: tables and indexes, not the
subqueries SQLite runs as co-routines (a SCAN of those reads rows already limited), constant rows or json_each."""
import re
import sys

plan = sys.stdin.read()
subqueries = set(re.findall(r"(?:CO-ROUTINE|MATERIALIZE) (\S+)", plan))
for target in re.findall(r"SCAN (\S+)", plan):
    if target not in subqueries and target not in ("CONSTANT", "json_each"):
        print(target)
