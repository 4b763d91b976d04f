#!/usr/bin/env bash
# DAW in Chromium: an edit's round trip (applied locally, committed by the server, received by a second tab;
# p50/p99 over 100 nudges) and a 32-track x 400-clip project's open time and frame intervals while scrolling and
# zooming, next to a one-clip project in the same run. Prints lines starting with BENCH.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -o test -Dtest=DawBrowserBenchmark -Dtest.excluded.groups=none -Dsurefire.failIfNoSpecifiedTests=false 2>&1 | grep BENCH
echo "BENCH daw machine: $(nproc) cores, $(uptime | sed 's/.*load/load/')"
