#!/usr/bin/env bash
# Gateway cost as a ratio, in one run on the same machine: the same API read direct to schools-service and through
# the gateway, plus the gateway's own CPU time per request (from /proc). Needs a running stack started with the
# rate limit out of the way, e.g.:  RATE_LIMIT_ENABLED=false ./uplift up   (then, in another terminal, this script).
set -euo pipefail
DURATION=${DURATION:-20s}
CONNECTIONS=${CONNECTIONS:-16}
PATH_UNDER_TEST=${PATH_UNDER_TEST:-/api/schools?la=856}

token=$(curl -sf -d grant_type=password -d client_id=uplift-cli -d username=leicester.officer -d password=uplift-dev \
  http://localhost:8180/realms/uplift/protocol/openid-connect/token | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])')

cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
gateway_pid=$(ss -ltnp 'sport = :8080' | grep -o 'pid=[0-9]*' | head -n1 | cut -d= -f2)

run() {  # label url
  wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -H "Authorization: Bearer $token" "$2" | tee "/tmp/wrk-$1.txt" |
    awk -v label="$1" '/Requests\/sec/ {rps=$2} /^ +50%/ {p50=$2} /^ +99%/ {p99=$2} /requests in/ {n=$1}
      END {printf "%-8s %10s req/s  p50 %8s  p99 %8s  (%s requests)\n", label, rps, p50, p99, n}'
}

echo "warming up..."; wrk -t1 -c4 -d5s -H "Authorization: Bearer $token" "http://127.0.0.1:8080$PATH_UNDER_TEST" >/dev/null
wrk -t1 -c4 -d5s -H "Authorization: Bearer $token" "http://127.0.0.1:8081$PATH_UNDER_TEST" >/dev/null
run direct "http://127.0.0.1:8081$PATH_UNDER_TEST"
before=$(cpu_ticks "$gateway_pid")
run gateway "http://127.0.0.1:8080$PATH_UNDER_TEST"
after=$(cpu_ticks "$gateway_pid")
requests=$(awk '/requests in/ {print $1}' /tmp/wrk-gateway.txt)
direct_rps=$(awk '/Requests\/sec/ {print $2}' /tmp/wrk-direct.txt)
gateway_rps=$(awk '/Requests\/sec/ {print $2}' /tmp/wrk-gateway.txt)
python3 - "$direct_rps" "$gateway_rps" "$before" "$after" "$requests" "$(getconf CLK_TCK)" <<'PY'
import sys
direct, gateway, before, after, requests, hz = map(float, sys.argv[1:])
print(f"through the gateway: {gateway / direct:.2f}x direct throughput; "
      f"gateway CPU {(after - before) / hz / requests * 1e6:.0f} us per request")
PY
