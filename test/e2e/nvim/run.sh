#!/usr/bin/env bash
# Neovim end-to-end check of the language server: headless Neovim opens a
# sample case file with `node bin/caselint-language-server.js --stdio` and
# checks diagnostics, a hover, a completion, code actions and the outline.
# Prints "N passed, N failed" last. Needs dist/server.js (node esbuild.mjs).
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../../.." && pwd)"

if ! command -v nvim >/dev/null 2>&1; then
  echo "neovim is not installed: test/e2e/run.sh installs it (or: apt-get install neovim)" >&2
  echo "0 passed, 1 failed"
  exit 1
fi
if [ ! -f "$ROOT/dist/server.js" ]; then
  (cd "$ROOT" && node esbuild.mjs)
fi

# Work on a copy so the check never edits the sample.
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
cp "$HERE/sample/john.case.yaml" "$WORK/john.case.yaml"

export CASELINT_CMD="[\"$(command -v node)\",\"$ROOT/bin/caselint-language-server.js\",\"--stdio\"]"
export CASELINT_FILE="$WORK/john.case.yaml"
export XDG_STATE_HOME="$WORK/state" XDG_DATA_HOME="$WORK/data" XDG_CACHE_HOME="$WORK/cache"
cd "$WORK"
status=0
out="$(timeout 90 nvim --headless -u NONE -i NONE -n -c "luafile $HERE/probe.lua" 2>"$WORK/nvim.err")" || status=$?
printf '%s\n' "$out"
if [ "$status" -ne 0 ]; then
  if ! printf '%s\n' "$out" | tail -n 1 | grep -Eq '^[0-9]+ passed, [0-9]+ failed$'; then
    cat "$WORK/nvim.err" >&2 || true
    echo "0 passed, 1 failed"
  fi
fi
if [ "$status" -ne 0 ]; then exit "$status"; fi

# The README's Neovim configuration, followed literally: docs/editors/neovim.lua as init.lua and
# caselint-language-server on PATH (here a link to bin/, as `npm install -g` makes one).
mkdir -p "$WORK/bin" "$WORK/readme"
ln -s "$ROOT/bin/caselint-language-server.js" "$WORK/bin/caselint-language-server"
cp "$HERE/sample/john.case.yaml" "$WORK/readme/john.case.yaml"
export CASELINT_FILE="$WORK/readme/john.case.yaml"
cd "$WORK/readme"
status=0
out="$(PATH="$WORK/bin:$PATH" timeout 90 nvim --headless -i NONE -n -u "$ROOT/docs/editors/neovim.lua" -c "luafile $HERE/readme.lua" 2>"$WORK/nvim.err")" || status=$?
printf '%s\n' "$out"
if [ "$status" -ne 0 ] && ! printf '%s\n' "$out" | tail -n 1 | grep -Eq '^[0-9]+ passed, [0-9]+ failed$'; then
  cat "$WORK/nvim.err" >&2 || true
  echo "0 passed, 1 failed"
fi
exit "$status"
