#!/usr/bin/env bash
# DAW renderer: an 8-track, 5-minute arrangement of generated sources (44.1 kHz, rendered at 48 kHz, one track
# warped): stream preparation, the render by the mixing rules and a plain sum of the same streams in the same run,
# each with x real time and peak heap, and the render/plain-sum ratio. Prints lines starting with BENCH.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -o test -Dtest=DawRenderBenchmark -Dtest.excluded.groups=none -Dsurefire.failIfNoSpecifiedTests=false 2>&1 | grep BENCH
echo "BENCH daw machine: $(nproc) cores, $(uptime | sed 's/.*load/load/')"
