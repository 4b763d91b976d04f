#!/usr/bin/env bash
# Local-reaction benchmark of the DJ components (see README.md): builds the harness, then measures pointer event →
# Web Audio call for play, hot cue trigger, EQ kill and crossfader in headless Chromium. TRIALS=250 by default.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
"$HERE/build.sh"
node "$HERE/local-reaction.mjs"
