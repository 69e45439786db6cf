#!/usr/bin/env bash
# Installs a .vsix into the isolated code-server (offline) and writes quiet user settings.
# Usage: install-vsix.sh path/to/caselint.vsix
set -euo pipefail
source "$(dirname "$0")/env.sh"
mkdir -p "$CS_STATE/user-data/User" "$CS_STATE/tmp"
cat >"$CS_STATE/user-data/User/settings.json" <<JSON
{
  "workbench.startupEditor": "none",
  "security.workspace.trust.enabled": false,
  "telemetry.telemetryLevel": "off",
  "extensions.autoCheckUpdates": false,
  "extensions.autoUpdate": false,
  "update.mode": "none",
  "workbench.tips.enabled": false,
  "workbench.enableExperiments": false,
  "chat.disableAIFeatures": true,
  "window.commandCenter": false,
  "workbench.colorTheme": "Default Light Modern",
  "editor.minimap.enabled": false,
  "editor.stickyScroll.enabled": false,
  "editor.fontSize": 14,
  "editor.hover.delay": 100,
  "git.enabled": false,
  "git.openRepositoryInParentFolders": "never",
  "workbench.editor.enablePreview": false,
  "caselint.trace.server": "${CASELINT_E2E_TRACE:-off}"
}
JSON
export XDG_CONFIG_HOME="$CS_STATE/xdg-config" XDG_DATA_HOME="$CS_STATE/xdg-data" XDG_CACHE_HOME="$CS_STATE/xdg-cache" TMPDIR="$CS_STATE/tmp"
"$CS_BIN" "${CS_ARGS[@]}" --force --install-extension "$1" >/dev/null
"$CS_BIN" "${CS_ARGS[@]}" --list-extensions --show-versions
