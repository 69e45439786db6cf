#!/usr/bin/env bash
# Starts code-server on 127.0.0.1:$CS_PORT with --auth none in its own process group, all state under
# $CS_STATE; waits for /healthz. Extra arguments are passed to code-server.
set -euo pipefail
source "$(dirname "$0")/env.sh"
mkdir -p "$CS_STATE/tmp"
# code-server and VS Code put IPC sockets in os.tmpdir(): keep them (and XDG dirs) in the state folder
XDG_CONFIG_HOME="$CS_STATE/xdg-config" XDG_DATA_HOME="$CS_STATE/xdg-data" XDG_CACHE_HOME="$CS_STATE/xdg-cache" TMPDIR="$CS_STATE/tmp" \
  setsid "$CS_BIN" "${CS_ARGS[@]}" --bind-addr "127.0.0.1:$CS_PORT" --auth none \
  --disable-telemetry --disable-update-check --disable-workspace-trust \
  --disable-getting-started-override --ignore-last-opened "$@" \
  >"$CS_STATE/server.log" 2>&1 &
echo $! >"$CS_STATE/server.pid"
for i in $(seq 1 120); do
  if curl -fsS "http://127.0.0.1:$CS_PORT/healthz" >/dev/null 2>&1; then
    echo "e2e: code-server up on 127.0.0.1:$CS_PORT (pid $(cat "$CS_STATE/server.pid"))"
    exit 0
  fi
  sleep 0.5
done
echo "e2e: code-server did not come up; log:"; cat "$CS_STATE/server.log"; exit 1
