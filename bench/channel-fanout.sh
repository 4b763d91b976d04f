#!/usr/bin/env bash
# Channel fan-out on /socket/websocket: 1,000 and 5,000 clients over loopback, each joined to a jobs:{id} topic,
# delivery latency of job:progress events (p50/p99/max, next to 10 and 200 clients) and heap per connection, with
# a minimal java.net.http client; the official phoenix client in Node for 200. Prints lines starting with BENCH.
set -euo pipefail
cd "$(dirname "$0")/.."
# 5,000 sockets are ~10,000 descriptors in the test JVM (client and server ends): raise the soft limit to the hard one.
ulimit -n "$(ulimit -Hn)" 2>/dev/null || ulimit -n 65536 2>/dev/null || true
echo "BENCH channel fd limit (ulimit -n): $(ulimit -n)"
./mvnw -B -q test -Dtest=ChannelFanoutBenchmark -Dtest.excluded.groups=none -Dsurefire.failIfNoSpecifiedTests=false 2>&1 | grep BENCH
