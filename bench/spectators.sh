#!/usr/bin/env bash
# A full room (issue #19): N spectator sockets (default 1,000, 5,000 and 20,000) in separate Node processes on one
# DJ session, against SFA and a minimal Node `ws` server doing the same protocol subset in the same run: DJ action
# -> spectator receipt p50/p99/max, delivered/expected, the DJ's acknowledgement, heap and resident memory per
# socket, join time, and SFA's ratios to the reference. CROWD_SIZES="1000,5000" picks the sizes. Prints lines
# starting with BENCH. 20,000 sockets need about 45,000 file descriptors: run it as root (or raise the hard limit).
set -euo pipefail
cd "$(dirname "$0")/.."
ulimit -n 200000 2>/dev/null || ulimit -n "$(ulimit -Hn)"
echo "BENCH spectators fd limit (ulimit -n): $(ulimit -n)"
./mvnw -B -q -o test -Dtest=SpectatorCrowdBenchmark -Dtest.jvm.args=-Xmx8g -Dtest.excluded.groups=none -Dsurefire.failIfNoSpecifiedTests=false \
  -Dcrowd.bench.sizes="${CROWD_SIZES:-1000,5000,20000}" 2>&1 | grep BENCH
echo "BENCH spectators machine: $(nproc) cores, $(uptime | sed 's/.*load/load/')"
