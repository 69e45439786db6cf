#!/usr/bin/env bash
# Installs what the code-server launcher needs, idempotently:
#   - Debian packages: chromium (driven by playwright-core), ripgrep, and the native build deps of code-server
#   - code-server@$CS_VERSION from the npm registry into $CS_ROOT (cached: skipped when already there)
# Works with no network other than the npm registry and the Debian mirror.
# Usage: install.sh   (env: CS_ROOT, CS_VERSION; see env.sh)
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
source "$HERE/env.sh"

need_pkgs=()
command -v chromium >/dev/null 2>&1 || need_pkgs+=(chromium)
command -v rg >/dev/null 2>&1 || need_pkgs+=(ripgrep)
for p in build-essential python3 pkg-config libkrb5-dev libxkbfile-dev libsecret-1-dev libx11-dev curl; do
  dpkg -s "$p" >/dev/null 2>&1 || need_pkgs+=("$p")
done
if [ -x "$CS_BIN" ] && [ "$(cat "$CS_ROOT/.installed" 2>/dev/null)" = "$CS_VERSION" ]; then
  # code-server is cached; only the browser (and curl) are needed at run time
  run_pkgs=()
  for p in "${need_pkgs[@]+"${need_pkgs[@]}"}"; do case "$p" in chromium|curl) run_pkgs+=("$p");; esac; done
  need_pkgs=("${run_pkgs[@]+"${run_pkgs[@]}"}")
fi
if [ "${#need_pkgs[@]}" -gt 0 ]; then
  e2e_apt_install "code-server in headless Chromium" "${need_pkgs[@]}"
fi

if [ -x "$CS_BIN" ] && [ "$(cat "$CS_ROOT/.installed" 2>/dev/null)" = "$CS_VERSION" ]; then
  echo "e2e: code-server $CS_VERSION cached in $CS_ROOT"
  exit 0
fi

echo "e2e: installing code-server $CS_VERSION from the npm registry into $CS_ROOT (about 90 s; cached for later runs)"
mkdir -p "$CS_ROOT/.tmp"
export TMPDIR="$CS_ROOT/.tmp"
# @vscode/ripgrep's postinstall downloads rg from GitHub; it first looks for a cached tarball in
# $TMPDIR/vscode-ripgrep-cache-<pkgver>/, so seed that with Debian's rg.
RG_PKG_VER=1.15.11      # pinned by code-server 4.100.3 (lib/vscode/npm-shrinkwrap.json)
RG_ASSET=ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz
CACHE="$TMPDIR/vscode-ripgrep-cache-$RG_PKG_VER"
mkdir -p "$CACHE"
tmp="$(mktemp -d)"; cp "$(command -v rg)" "$tmp/rg"; tar czf "$CACHE/$RG_ASSET" -C "$tmp" rg; rm -rf "$tmp"
cd "$CS_ROOT"
[ -f package.json ] || echo '{"name":"caselint-e2e-code-server","private":true}' > package.json
# npm_config_yes: node-pty's postinstall runs `npx node-gyp`; nodedir=/usr gives node-gyp local headers.
npm_config_yes=true npm_config_unsafe_perm=true npm_config_nodedir="${npm_config_nodedir:-/usr}" \
  npm install --no-audit --no-fund --loglevel=error "code-server@$CS_VERSION" >"$CS_ROOT/install.log" 2>&1 || {
  tail -40 "$CS_ROOT/install.log"; exit 1; }
XDG_CONFIG_HOME="$CS_ROOT/.xdg-config" XDG_DATA_HOME="$CS_ROOT/.xdg-data" "$CS_BIN" --version | head -1
echo "$CS_VERSION" > "$CS_ROOT/.installed"
