# Sourced by scripts/dev.sh, scripts/test.sh and .ci/run: makes a fresh Debian machine ready.
# Installs Node 24 (into its own prefix) when the system Node is older than 22, pnpm at the
# version package.json pins, the workspace's dependencies, and Debian's chromium for browser tests.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
node_prefix="${NEXOD_NODE_PREFIX:-$HOME/.cache/nexod/node24}"

node_major() { node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }

if [ "$(node_major)" -lt 22 ]; then
  if [ ! -x "$node_prefix/bin/node" ]; then
    echo "bootstrap: Node $(node -v 2>/dev/null || echo none) is too old; installing Node 24 into $node_prefix"
    npm install --global --prefix "$node_prefix" --no-audit --no-fund node@24 >/dev/null
  fi
  export PATH="$node_prefix/bin:$PATH"
fi

pnpm_version="$(node -p 'require(process.argv[1]).packageManager.split("@")[1]' "$repo_root/package.json")"
if [ "$(pnpm -v 2>/dev/null || true)" != "$pnpm_version" ]; then
  echo "bootstrap: installing pnpm $pnpm_version"
  npm install --global --prefix "$node_prefix" --no-audit --no-fund "pnpm@$pnpm_version" >/dev/null
  export PATH="$node_prefix/bin:$PATH"
fi

if [ -z "${CHROMIUM_PATH:-}" ]; then
  if ! command -v chromium >/dev/null 2>&1; then
    echo "bootstrap: installing Debian chromium for the browser tests"
    sudo_cmd=""
    [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
    $sudo_cmd apt-get install -y -qq chromium >/dev/null 2>&1 ||
      { $sudo_cmd apt-get update -qq && $sudo_cmd apt-get install -y -qq chromium >/dev/null; }
  fi
  CHROMIUM_PATH="$(command -v chromium)"
  export CHROMIUM_PATH
fi

export STORYBOOK_DISABLE_TELEMETRY=1 NEXT_TELEMETRY_DISABLED=1 DO_NOT_TRACK=1 TURBO_TELEMETRY_DISABLED=1

cd "$repo_root"
pnpm install --frozen-lockfile
