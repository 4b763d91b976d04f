#!/usr/bin/env bash
# DJ fan-out: a DJ action (crossfader move through DjService.apply) -> receipt latency p50/p99 for 1,000 channel
# spectators (anonymous sockets with the share token, each present) and for real Vaadin spectator UIs (/watch/{token}
# pages in headless Debian Chromium), server heap per spectator of each kind, and the DJ's acknowledgement time
# (pointerdown on play in a real /dj page -> DjService.apply done). Prints lines starting with BENCH.
# DJ_BENCH_PAGES (default 12) sets the number of Chromium pages, DJ_BENCH_CHANNELS (default 1000) the sockets.
set -euo pipefail
cd "$(dirname "$0")/.."
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
./mvnw -B -q -o test -Dtest=DjFanoutBenchmark -Dtest.excluded.groups=none -Dsurefire.failIfNoSpecifiedTests=false \
  -Ddj.bench.pages="${DJ_BENCH_PAGES:-12}" -Ddj.bench.channels="${DJ_BENCH_CHANNELS:-1000}" 2>&1 | grep BENCH
echo "BENCH dj machine: $(nproc) cores, $(uptime | sed 's/.*load/load/')"
