#!/usr/bin/env bash
# End-to-end tests of the editor integrations (`npm run test:e2e` = build, then this script).
#
#  1. packages the extension (.vsix, offline) into .e2e/
#  2. runs the mocha suite test/e2e/vscode/suite/ inside a real VS Code extension host, with either
#     (a) VS Code desktop through @vscode/test-electron, when a VS Code download is possible, or
#     (b) code-server (installed from the npm registry into .e2e/, cached) driven by headless Chromium
#         through playwright-core, with the packaged .vsix installed; this run also saves the README
#         screenshots in .e2e/screenshots/ (`npm run screenshots` copies them to docs/images/)
#  3. runs test/e2e/nvim/run.sh (the Neovim client test) when it exists
#  4. prints one final line "N passed, M failed" summing both
#
# Before installing anything (Debian packages, code-server) it says what and how (sudo only when not
# root). Env: CASELINT_E2E_LAUNCHER=electron|code-server, CASELINT_E2E_SCREENSHOTS=0 (no PNGs),
#      CS_PORT, E2E_ROOT, VERBOSE=1. Exit status 0 when everything passed.
set -uo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
cd "$ROOT"
source "$HERE/code-server/env.sh"
mkdir -p "$E2E_ROOT"
T0=$(date +%s)
lap() { echo "[e2e $(( $(date +%s) - T0 ))s] $*"; }
PASSED=0; FAILED=0
RESULT='[0-9]+ passed, [0-9]+ failed'
# Sub-runs' own result lines go to their logs, not the terminal: the summary is printed once, at the end.
show() { grep -Ev "(^|: )$RESULT\$" || true; }
add_counts() { # sums the "N passed, M failed" lines of a log file (the last one only with "last")
  local lines; lines=$(grep -Eo "(^|: )$RESULT\$" "$1" | grep -Eo "$RESULT")
  [ "${2:-}" = last ] && lines=$(printf '%s\n' "$lines" | tail -1)
  if [ -n "$lines" ]; then
    PASSED=$((PASSED + $(printf '%s\n' "$lines" | awk '{s+=$1} END {print s}')))
    FAILED=$((FAILED + $(printf '%s\n' "$lines" | awk '{s+=$3} END {print s}')))
  else
    FAILED=$((FAILED + 1)); echo "e2e: no result line in $1 (counted as 1 failure)"
  fi
}

# 1. package
VSIX="$E2E_ROOT/caselint-e2e.vsix"
if ! node scripts/package.mjs --out "$VSIX"; then
  echo "e2e: packaging failed"; echo "0 passed, 1 failed"; exit 1
fi

# fresh copy of the fixture workspace (tests edit documents and write a file)
WS="$E2E_ROOT/workspace"
rm -rf "$WS" "$E2E_ROOT/shots"; cp -r "$HERE/workspace" "$WS"

# 2. pick the launcher
LAUNCHER="${CASELINT_E2E_LAUNCHER:-}"
if [ -z "$LAUNCHER" ]; then
  # No network probe: VS Code desktop is used when @vscode/test-electron has
  # already downloaded it (.vscode-test/), or when asked for with
  # CASELINT_E2E_LAUNCHER=electron (on machines that can download it).
  if [ -d "$ROOT/.vscode-test" ] && ls "$ROOT/.vscode-test" | grep -q '^vscode-'; then
    LAUNCHER=electron
  else
    LAUNCHER=code-server
  fi
fi

LOG="$E2E_ROOT/vscode-suite.log"
if [ "$LAUNCHER" = electron ]; then
  lap "launcher: VS Code desktop via @vscode/test-electron"
  node "$HERE/vscode/electron.js" "$WS" 2>&1 | tee "$LOG" | show
  add_counts "$LOG" last
else
  lap "launcher: code-server $CS_VERSION + headless Chromium via playwright-core (no VS Code desktop here; CASELINT_E2E_LAUNCHER=electron downloads one)"
  if ! bash "$HERE/code-server/install.sh"; then
    echo "e2e: could not install code-server"; FAILED=$((FAILED + 1))
  else
    lap "code-server ready"
    rm -rf "$CS_STATE"; mkdir -p "$CS_STATE"
    bash "$HERE/code-server/install-vsix.sh" "$VSIX" | sed 's/^/e2e: installed /'
    EXT_DIR=$(ls -d "$CS_STATE"/extensions/caselint.caselint-* 2>/dev/null | head -1)
    if [ -z "$EXT_DIR" ]; then
      echo "e2e: the .vsix did not install"; FAILED=$((FAILED + 1))
    else
      trap 'bash "$HERE/code-server/stop.sh"' EXIT
      if bash "$HERE/code-server/start.sh"; then
        SHOTS="$E2E_ROOT/screenshots"; [ "${CASELINT_E2E_SCREENSHOTS:-1}" = 0 ] && SHOTS=""
        [ -n "$SHOTS" ] && { rm -rf "$SHOTS"; mkdir -p "$SHOTS"; }
        # the suite runs in the installed (packaged) extension; mocha comes from this repository
        node "$HERE/code-server/run-suite.js" "$EXT_DIR" "$HERE/vscode/suite/index.js" "$WS" $SHOTS 2>&1 | tee "$LOG" | show
        add_counts "$LOG" last
      else
        FAILED=$((FAILED + 1))
      fi
      bash "$HERE/code-server/stop.sh"; trap - EXIT
    fi
  fi
fi
lap "VS Code suite done ($PASSED ok, $FAILED not ok)"

# 3. Neovim (another test's own runner)
if [ -f "$HERE/nvim/run.sh" ]; then
  NVLOG="$E2E_ROOT/nvim.log"
  if ! command -v nvim >/dev/null 2>&1; then e2e_apt_install "the Neovim client test" neovim || true; fi
  lap "running test/e2e/nvim/run.sh"
  bash "$HERE/nvim/run.sh" 2>&1 | tee "$NVLOG" | show
  nv_status=${PIPESTATUS[0]}
  before=$FAILED
  add_counts "$NVLOG"
  if [ "$nv_status" -ne 0 ] && [ "$FAILED" -eq "$before" ]; then FAILED=$((FAILED + 1)); fi
fi

lap "done"
echo "$PASSED passed, $FAILED failed"
[ "$FAILED" -eq 0 ] && [ "$PASSED" -gt 0 ]
