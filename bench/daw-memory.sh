#!/usr/bin/env bash
# DAW playback memory in Chromium: 16 tracks of 10-minute sources playing (with two seeks) next to a one-track
# project and to decoding sources whole, in the same run. Prints lines starting with BENCH.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -o test -Dtest=DawPlaybackMemoryBenchmark -Dtest.excluded.groups=none -Dsurefire.failIfNoSpecifiedTests=false 2>&1 | grep BENCH
echo "BENCH daw machine: $(nproc) cores, $(uptime | sed 's/.*load/load/')"
