#!/usr/bin/env python3
"""Finds the URLs bench/forum.sh measures, through the running host's read API: the busiest board's first page, a deep
page of it (the cursor after a few pages, as the page's own "next" link carries it), the first and last page of the long
thread and the API's thread endpoint. Usage: urls.py BASE LONG_THREAD_ID THREAD_PATH; prints one URL per line."""
import json
import sys
import urllib.parse
import urllib.request

base, thread_id, thread_path = sys.argv[1], sys.argv[2], sys.argv[3]


def get(path):
    with urllib.request.urlopen(base + path) as response:
        return json.load(response)


boards = [b for b in get("/api/v1/forum/boards") if b["kind"] != "aplikasi"]
busiest = max(boards, key=lambda b: b["threadCount"])["slug"]
cursor = None
for _ in range(5):
    page = get(f"/api/v1/forum/boards/{busiest}/threads" + (f"?after={urllib.parse.quote(cursor)}" if cursor else ""))
    cursor = page["next"] or cursor
last = get(f"/api/v1/forum/threads/{thread_id}")["pageCount"]

print(f"/forum/{busiest}")
print(f"/forum/{busiest}?setelah={cursor}")
print(thread_path)
print(f"{thread_path}?halaman={last}")
print(f"/api/v1/forum/threads/{thread_id}")
print(f"/api/v1/forum/threads/{thread_id}?page={last}")
