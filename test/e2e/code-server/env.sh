# Source me. Locations of the cached code-server and of its isolated state (nothing is written to ~).
E2E_ROOT="${E2E_ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)/.e2e}"
export E2E_ROOT
export CS_VERSION="${CS_VERSION:-4.100.3}"            # newest code-server whose engines.node is 20
export CS_ROOT="${CS_ROOT:-$E2E_ROOT/code-server-$CS_VERSION}"
export CS_BIN="$CS_ROOT/node_modules/.bin/code-server"
export CS_STATE="${CS_STATE:-$E2E_ROOT/state}"
export CS_PORT="${CS_PORT:-18391}"
CS_ARGS=(--config "$CS_STATE/config.yaml" --user-data-dir "$CS_STATE/user-data" --extensions-dir "$CS_STATE/extensions")
