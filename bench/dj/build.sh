#!/usr/bin/env bash
# Type-checks frontend/dj with Vaadin's compiler options and bundles the harness into bench/dj/www/dj.js.
# Uses a scratch folder with `npm install lit@3.3.3 esbuild typescript playwright-core` (DJ_HARNESS, default
# /work/dj-harness; installed there on first use). The sources are mirrored into $DJ_HARNESS/src so `lit` resolves from the scratch node_modules
# without touching the repository. MINIFY=1 minifies the bundle (as a production build would).
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
HARNESS="${DJ_HARNESS:-/work/dj-harness}"
SRC="$HARNESS/src"
if [ ! -x "$HARNESS/node_modules/.bin/esbuild" ]; then
  mkdir -p "$HARNESS" && (cd "$HARNESS" && [ -f package.json ] || npm init -y >/dev/null) && (cd "$HARNESS" && \
    PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm install --no-audit --no-fund lit@3.3.3 esbuild typescript playwright-core >/dev/null)
fi
rm -rf "$SRC" && mkdir -p "$SRC/frontend" "$SRC/bench/dj"
cp -r "$REPO/frontend/dj" "$SRC/frontend/dj"
cp -r "$REPO/frontend/shared" "$SRC/frontend/shared"
cp "$HERE"/*.ts "$HERE/tsconfig.json" "$SRC/bench/dj/"
"$HARNESS/node_modules/.bin/tsc" --noEmit -p "$SRC/bench/dj/tsconfig.json"
echo "tsc: ok (frontend/dj with Vaadin's compiler options)"
mkdir -p "$HERE/www"
"$HARNESS/node_modules/.bin/esbuild" "$SRC/bench/dj/harness-entry.ts" --bundle --format=esm \
  --tsconfig="$SRC/bench/dj/tsconfig.json" --outfile="$HERE/www/dj.js" --log-level=warning ${MINIFY:+--minify}
cp "$HERE/harness.html" "$HERE/www/index.html"
cp "$HERE/spectator.html" "$HERE/www/spectator.html"
[ -f "$HERE/www/audio/sine440.wav" ] || node "$HERE/gen-audio.mjs"
echo "bundle: $HERE/www/dj.js"
