# Source me. Locations of the cached code-server and of its isolated state (nothing is written to ~).
E2E_ROOT="${E2E_ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)/.e2e}"
export E2E_ROOT
export CS_VERSION="${CS_VERSION:-4.100.3}"            # newest code-server whose engines.node is 20
export CS_ROOT="${CS_ROOT:-$E2E_ROOT/code-server-$CS_VERSION}"
export CS_BIN="$CS_ROOT/node_modules/.bin/code-server"
export CS_STATE="${CS_STATE:-$E2E_ROOT/state}"
export CS_PORT="${CS_PORT:-18391}"
CS_ARGS=(--config "$CS_STATE/config.yaml" --user-data-dir "$CS_STATE/user-data" --extensions-dir "$CS_STATE/extensions")

# Install Debian packages, saying what and how first: as root directly, otherwise through sudo (said so);
# fails with a message when neither is possible. Usage: e2e_apt_install <why> <pkg>...
e2e_apt_install() {
  local why="$1"; shift
  [ "$#" -gt 0 ] || return 0
  local sudo=""
  if [ "$(id -u)" != 0 ]; then
    if ! command -v sudo >/dev/null 2>&1; then
      echo "e2e: $why needs the Debian packages: $*; not root and no sudo: install them first (apt-get install $*)" >&2
      return 1
    fi
    sudo="sudo"
  fi
  echo "e2e: $why: installing the Debian packages $* with apt-get${sudo:+ through sudo (not running as root)}"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get install -y --no-install-recommends "$@" >/dev/null 2>&1 || {
    $sudo apt-get update >/dev/null 2>&1
    $sudo apt-get install -y --no-install-recommends "$@" >/dev/null
  }
}
