#!/usr/bin/env bash
# Library grid with 10,000 tracks in headless Chromium vs 100 tracks; prints lines starting with BENCH.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q test -Dtest=GridBenchmark -Dtest.excluded.groups=none -Dsurefire.failIfNoSpecifiedTests=false 2>&1 | grep BENCH
