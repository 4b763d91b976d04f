#!/usr/bin/env bash
# 1,000 short JobRunr jobs on the app's database: drain time and enqueue→start latency; prints lines starting with BENCH.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q test -Dtest=JobsBenchmark -Dtest.excluded.groups=none -Dsurefire.failIfNoSpecifiedTests=false 2>&1 \
  | grep -E "BENCH|Tests run:|IllegalState" || true
