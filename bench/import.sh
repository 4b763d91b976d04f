#!/usr/bin/env bash
# Import throughput (100 WAVs) and peak heap for a 500 MB WAV; prints lines starting with BENCH.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q test -Dtest=ImportBenchmark -Dtest.excluded.groups=none -Dtest.jvm.args=-Xmx256m -Dsurefire.failIfNoSpecifiedTests=false 2>&1 | grep BENCH
