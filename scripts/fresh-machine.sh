#!/usr/bin/env bash
# Proves the README's quick start on a machine that has only Node 20 and npm: clones the
# committed repository into a temporary folder and runs `npm install`, then `npm test`, then
# `npm start` (until it serves the home page), with a PATH that holds the system's Node and
# the basic system tools, nothing from this checkout, an empty npm cache and an empty
# temporary folder (so the Chromium inside @sparticuz/chromium is unpacked afresh).
#
#   npm run check:fresh            # uses /usr/bin/node
#   SYSTEM_NODE=/opt/node20/bin/node npm run check:fresh
#
# It tests what is committed: commit first. The temporary folder is removed on success and
# kept on failure, for the logs.
set -euo pipefail

repo="$(git -C "$(dirname "$0")/.." rev-parse --show-toplevel)"
system_node="${SYSTEM_NODE:-/usr/bin/node}"
node_dir="$(dirname "$system_node")"
work="$(mktemp -d "${TMPDIR:-/tmp}/hrkg-fresh-XXXXXX")"
port=4321

fail() {
  echo "fresh-machine check FAILED: $1" >&2
  echo "logs and clone kept in $work" >&2
  exit 1
}

if ! "$system_node" --version >/dev/null 2>&1; then fail "no Node at $system_node (set SYSTEM_NODE)"; fi
if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then fail "port $port is in use; stop what serves it (npm start serves there)"; fi
if [ -n "$(git -C "$repo" status --porcelain)" ]; then echo "note: uncommitted changes in $repo are not part of this check"; fi

git clone --quiet "$repo" "$work/gateway"
mkdir -p "$work/tmp" "$work/npm-cache"
echo "clone of $(git -C "$work/gateway" rev-parse --short HEAD) in $work/gateway"

# A clean environment: only what a fresh shell of this machine kind has, and a PATH with the
# system's Node first, then the system folders (where git and the shell live).
run=(env -i
  HOME="$HOME" USER="${USER:-root}" LANG=C.UTF-8 TERM=dumb
  PATH="$node_dir:/usr/bin:/bin"
  TMPDIR="$work/tmp" npm_config_cache="$work/npm-cache")
if [ -n "${NODE_EXTRA_CA_CERTS:-}" ]; then run+=(NODE_EXTRA_CA_CERTS="$NODE_EXTRA_CA_CERTS"); fi

cd "$work/gateway"
echo "node $("${run[@]}" node --version), npm $("${run[@]}" npm --version), chromium on PATH: $("${run[@]}" sh -c 'command -v chromium || echo none')"

start=$SECONDS
"${run[@]}" npm install >"$work/install.log" 2>&1 || { tail -30 "$work/install.log"; fail "npm install"; }
echo "npm install: ok in $((SECONDS - start)) s"

start=$SECONDS
"${run[@]}" npm test >"$work/test.log" 2>&1 || { tail -60 "$work/test.log"; fail "npm test"; }
echo "npm test: ok in $((SECONDS - start)) s ($(grep -E '^ +Tests ' "$work/test.log" | tr -s ' '))"

start=$SECONDS
# Its own process group, so the server and the npm processes above it stop together.
"${run[@]}" setsid npm start >"$work/start.log" 2>&1 &
server=$!
served=""
for _ in $(seq 1 180); do
  if grep -q "http://localhost:$port/" "$work/start.log" && curl -fsS "http://localhost:$port/en/" -o "$work/home.html" 2>/dev/null; then
    served=yes
    break
  fi
  kill -0 "$server" 2>/dev/null || break
  sleep 1
done
kill -- "-$server" 2>/dev/null || true
wait "$server" 2>/dev/null || true
sleep 1
if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then fail "the server of npm start kept running after it was stopped"; fi
[ -n "$served" ] || { tail -30 "$work/start.log"; fail "npm start did not serve http://localhost:$port/en/"; }
grep -q "Human Rights Knowledge Gateway" "$work/home.html" || fail "the page served at /en/ is not the gateway's home page"
echo "npm start: printed http://localhost:$port/ and served the home page after $((SECONDS - start)) s"

cd /
rm -rf "$work"
echo "fresh-machine check passed"
