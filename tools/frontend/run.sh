#!/usr/bin/env bash
# The frontend's checks, as the Maven build runs them (see pom.xml), with the Node that the build provisions:
#   test          unit tests of the pure TypeScript (src/test/frontend/**/*.test.ts, Node's test runner)
#   typecheck     tsc --noEmit over frontend/ (not generated/) and the tests
#   format-check  Prettier --check over frontend/ (not generated/) and the tests
#   format        Prettier --write over the same files
# The tools are pinned in package-lock.json here, apart from the root package.json that Vaadin owns and rewrites;
# they are installed on first use and again when the lock file changes.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
node="${SFA_NODE:-$repo/.tools/node/node}"
[ -x "$node" ] || node="$(command -v node)"

install_tools() {
  local stamp="$here/node_modules/.package-lock.json"
  if [ ! -f "$stamp" ] || [ "$here/package-lock.json" -nt "$stamp" ]; then
    local npm="$(dirname "$node")/lib/node_modules/npm/bin/npm-cli.js"
    if [ -f "$npm" ]; then npm=("$node" "$npm"); else npm=(npm); fi
    (cd "$here" && "${npm[@]}" ci --no-audit --no-fund --prefer-offline)
  fi
}

prettier() {
  install_tools
  cd "$repo"
  "$node" "$here/node_modules/prettier/bin/prettier.cjs" "$@" frontend src/test/frontend
}

case "${1:-}" in
  test)
    cd "$repo"
    exec "$node" --experimental-transform-types --disable-warning=ExperimentalWarning \
      --import ./src/test/frontend/resolve-ts.mjs --test 'src/test/frontend/**/*.test.ts'
    ;;
  typecheck)
    install_tools
    "$node" "$here/node_modules/typescript/bin/tsc" -p "$here/tsconfig.json"
    echo "tsc: frontend/ type-checks"
    ;;
  format-check) prettier --check ;;
  format) prettier --write --log-level warn ;;
  *)
    echo "usage: $0 test|typecheck|format-check|format" >&2
    exit 2
    ;;
esac
