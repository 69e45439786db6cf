#!/usr/bin/env bash
# Stops the code-server that start.sh started: SIGTERM to its process group, SIGKILL after 10 s.
source "$(dirname "$0")/env.sh"
[ -f "$CS_STATE/server.pid" ] || exit 0
pid=$(cat "$CS_STATE/server.pid")
kill -TERM -- "-$pid" 2>/dev/null || true
for _ in $(seq 1 40); do kill -0 -- "-$pid" 2>/dev/null || break; sleep 0.25; done
kill -KILL -- "-$pid" 2>/dev/null || true
rm -f "$CS_STATE/server.pid"
