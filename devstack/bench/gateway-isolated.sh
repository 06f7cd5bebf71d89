#!/usr/bin/env bash
# The gateway's own cost without the stack (no Keycloak, Kafka or MongoDB, no fixed ports): the built gateway jar,
# run with the stack's JVM options (JvmOptions), routes to a stub backend that answers at once with ~13 KB of JSON
# (GatewayBenchBackend.java). In one run: the same bearer API read direct to the stub and through the gateway, the
# gateway's CPU time per request (/proc), its time to ready and its RSS. The rate limiter stays on (every request
# takes a token from its bucket) with a limit no run reaches. Build first:  ./mvnw -o -q -pl gateway,devstack -am package -DskipTests
#   devstack/bench/gateway-isolated.sh                 # DURATION=20s CONNECTIONS=16 ROUNDS=1
#   GATEWAY_JAR=/tmp/before/gateway/target/gateway-0.1.0-SNAPSHOT.jar devstack/bench/gateway-isolated.sh   # another build
#   GATEWAY_JVM_OPTIONS="-XX:+UseSerialGC -Xmx256m" devstack/bench/gateway-isolated.sh   # instead of JvmOptions
#   EXTRA_JVM_OPTIONS="-XX:TieredStopAtLevel=1" devstack/bench/gateway-isolated.sh    # in addition to JvmOptions
#   PROFILE=/tmp/gateway.jfr devstack/bench/gateway-isolated.sh   # JFR recording of the measured runs
#   BACKEND_CPU_US=1000 devstack/bench/gateway-isolated.sh      # a backend that spends 1 ms CPU per answer, like a service
# Extra arguments go to the gateway, e.g. --management.tracing.sampling.probability=0.1
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
# shellcheck source=../../.mvn/find-jdk.sh
. "$ROOT/.mvn/find-jdk.sh"
uplift_find_jdk
JAVA="$JAVA_HOME/bin/java"

free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
GATEWAY_PORT=${GATEWAY_PORT:-$(free_port)}
BACKEND_PORT=${BACKEND_PORT:-$(free_port)}
DURATION=${DURATION:-20s}
WARMUP_REQUESTS=${WARMUP_REQUESTS:-30000}
CONNECTIONS=${CONNECTIONS:-16}
THREADS=${THREADS:-2}
ROUNDS=${ROUNDS:-1}
PATH_UNDER_TEST=${PATH_UNDER_TEST:-/api/schools?la=856}
jar=${GATEWAY_JAR:-$(ls "$ROOT"/gateway/target/gateway-*.jar 2>/dev/null | grep -v -e original -e sources | head -n1 || true)}
WORK="$ROOT/gateway/target/bench/$(echo "$jar" | md5sum | cut -c1-8)"
[ -n "$jar" ] || { echo "no gateway jar: ./mvnw -o -q -pl gateway -am package -DskipTests" >&2; exit 1; }
[ -d "$ROOT/devstack/target/classes" ] || { echo "devstack not built: ./mvnw -o -q -pl devstack compile" >&2; exit 1; }
for port in "$GATEWAY_PORT" "$BACKEND_PORT"; do
  if ss -ltn "sport = :$port" | grep -q LISTEN; then echo "port $port is busy" >&2; exit 1; fi
done

# As the stack does (SpringService): run the extracted jar so the dynamic CDS archive works; a new jar drops both.
# Extracted from a copy, so a build running meanwhile cannot change the jar under the benchmark.
mkdir -p "$WORK"
stamp="$jar $(stat -c '%s %Y' "$jar")"
if [ "$(cat "$WORK/.extracted-from" 2>/dev/null)" != "$stamp" ]; then
  rm -rf "$WORK/app" "$WORK/gateway.jsa" "$WORK/.extracted-from"
  cp "$jar" "$WORK/snapshot.jar"
  "$JAVA" -Djarmode=tools -jar "$WORK/snapshot.jar" extract --destination "$WORK/app" >/dev/null
  rm "$WORK/snapshot.jar"
  echo "$stamp" >"$WORK/.extracted-from"
fi
read -r -a jvm_options <<<"${GATEWAY_JVM_OPTIONS:-$("$JAVA" -cp "$ROOT/devstack/target/classes" org.uplift.devstack.JvmOptions "$WORK/gateway.jsa" | tr '\n' ' ')} ${EXTRA_JVM_OPTIONS:-}"

pids=()
cleanup() {  # TERM lets the gateway shut down cleanly (and write its CDS archive, as in the stack)
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
}
trap cleanup EXIT

"$JAVA" "$ROOT/devstack/bench/GatewayBenchBackend.java" "$BACKEND_PORT" >"$WORK/backend.log" 2>&1 &
pids+=($!)

backend="http://127.0.0.1:$BACKEND_PORT"
started=$(date +%s%N)
SCHOOLS_SERVICE_URL=$backend CPD_SERVICE_URL=$backend ASSESSMENT_SERVICE_URL=$backend REPORTING_SERVICE_URL=$backend \
  OIDC_ISSUER_URI=http://127.0.0.1:9/realms/uplift RATE_LIMIT_PER_SECOND=100000000 RATE_LIMIT_BURST=100000000 \
  "$JAVA" "${jvm_options[@]}" -jar "$WORK/app/snapshot.jar" --server.address=127.0.0.1 \
  --server.port="$GATEWAY_PORT" --spring.profiles.active=dev "$@" >"$WORK/gateway.log" 2>&1 &
gateway_pid=$!
pids+=("$gateway_pid")
until curl -sf -o /dev/null "http://127.0.0.1:$GATEWAY_PORT/actuator/health/readiness"; do
  kill -0 "$gateway_pid" 2>/dev/null || { echo "gateway exited, see $WORK/gateway.log" >&2; exit 1; }
  sleep 0.1
done
ready_ms=$(( ($(date +%s%N) - started) / 1000000 ))
until curl -sf -o /dev/null "$backend/"; do sleep 0.2; done

# Shaped like a Keycloak access token (header.payload.signature, ~1.1 KB): the gateway passes it on unread.
token="eyJhbGciOiJSUzI1NiJ9.$(head -c 600 /dev/urandom | base64 -w0 | tr '+/' '-_' | tr -d '=').$(head -c 256 /dev/urandom | base64 -w0 | tr '+/' '-_' | tr -d '=')"
status=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $token" "http://127.0.0.1:$GATEWAY_PORT$PATH_UNDER_TEST")
[ "$status" = 200 ] || { echo "through the gateway: HTTP $status, see $WORK/gateway.log" >&2; exit 1; }

load() {  # duration url -> wrk output
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$1" --latency -H "Authorization: Bearer $token" "$2"
}
# CPU ticks of the gateway: the process, and the process less its JIT compiler threads (compiling is warm-up cost).
cpu_ticks() {
  local compiling
  compiling=$(for task in /proc/"$1"/task/*; do sed -E 's/^[0-9]+ \((.*)\) [A-Za-z] (.*)$/\1|\2/' "$task/stat" 2>/dev/null; done |
    awk -F'|' '$1 ~ /Compiler/ {split($2, f, " "); t += f[11] + f[12]} END {print t + 0}')
  awk -v compiling="$compiling" '{print $14 + $15, $14 + $15 - compiling, $15}' "/proc/$1/stat"
}
summary() {  # wrk output -> "rps p50 p99 requests errors"
  awk '/Requests\/sec/ {rps=$2} /^ +50%/ {p50=$2} /^ +99%/ {p99=$2} /requests in/ {n=$1}
    /Non-2xx/ {bad+=$NF} /Socket errors/ {gsub(",", ""); bad+=$4+$6+$8} END {printf "%s %s %s %s %d\n", rps, p50, p99, n, bad}' <<<"$1"
}

# Warm-up by requests served, not by time: on a busy machine a timed warm-up can leave the gateway half compiled
# (C2 compiles a method after ~10,000 calls; until then it runs profiled C1 code, slower than C1 alone).
echo "warming up: $WARMUP_REQUESTS requests through the gateway..."
warmed=0 warm_started=$SECONDS
while [ "$warmed" -lt "$WARMUP_REQUESTS" ] && [ $((SECONDS - warm_started)) -lt 180 ]; do
  read -r _ _ _ n _ <<<"$(summary "$(load 5s "http://127.0.0.1:$GATEWAY_PORT$PATH_UNDER_TEST")")"
  warmed=$((warmed + ${n:-0}))
done
load 5s "$backend$PATH_UNDER_TEST" >/dev/null
if [ -n "${PROFILE:-}" ]; then  # a JFR recording of the measured gateway runs only
  "$JAVA_HOME/bin/jcmd" "$gateway_pid" JFR.start name=bench settings=profile filename="$PROFILE" >/dev/null
fi

results=()
for round in $(seq "$ROUNDS"); do
  read -r d_rps d_p50 d_p99 d_n d_bad <<<"$(summary "$(load "$DURATION" "$backend$PATH_UNDER_TEST")")"
  read -r all_before work_before sys_before <<<"$(cpu_ticks "$gateway_pid")"
  read -r g_rps g_p50 g_p99 g_n g_bad <<<"$(summary "$(load "$DURATION" "http://127.0.0.1:$GATEWAY_PORT$PATH_UNDER_TEST")")"
  read -r all_after work_after sys_after <<<"$(cpu_ticks "$gateway_pid")"
  if [ "$d_bad" != 0 ] || [ "$g_bad" != 0 ]; then
    echo "round $round: failed or refused requests (direct $d_bad, gateway $g_bad): not a valid measurement" >&2; exit 1
  fi
  results+=("$(python3 -c '
import sys
d, g, n, hz, all0, all1, work0, work1, sys0, sys1 = map(float, sys.argv[1:])
us = lambda ticks: f"{ticks / hz / n * 1e6:.0f}"
print(f"{g / d:.2f}", us(all1 - all0), us(work1 - work0), us(sys1 - sys0))' \
    "$d_rps" "$g_rps" "$g_n" "$(getconf CLK_TCK)" "$all_before" "$all_after" "$work_before" "$work_after" \
    "$sys_before" "$sys_after")")
  read -r ratio cpu_us work_us sys_us <<<"${results[-1]}"
  printf 'round %d: direct %8s req/s (p50 %s, p99 %s) | gateway %8s req/s (p50 %s, p99 %s) | %sx | gateway CPU %s us/request (%s without JIT, %s in the kernel) | load %s\n' \
    "$round" "$d_rps" "$d_p50" "$d_p99" "$g_rps" "$g_p50" "$g_p99" "$ratio" "$cpu_us" "$work_us" "$sys_us" "$(cut -d' ' -f1 /proc/loadavg)"
done
[ -z "${PROFILE:-}" ] || "$JAVA_HOME/bin/jcmd" "$gateway_pid" JFR.stop name=bench >/dev/null
rss_mib=$(awk '/VmRSS/ {printf "%d", $2 / 1024}' "/proc/$gateway_pid/status")
hwm_mib=$(awk '/VmHWM/ {printf "%d", $2 / 1024}' "/proc/$gateway_pid/status")
printf '%s\n' "${results[@]}" | python3 -c '
import statistics, sys
ratios, cpus, works, _ = zip(*(map(float, line.split()) for line in sys.stdin))
ready, rss, hwm = sys.argv[1:4]
print(f"median of {len(ratios)}: {statistics.median(ratios):.2f}x direct throughput, gateway CPU "
      f"{statistics.median(cpus):.0f} us/request ({statistics.median(works):.0f} without JIT); "
      f"ready in {ready} ms; RSS {rss} MiB (peak {hwm} MiB)")' "$ready_ms" "$rss_mib" "$hwm_mib"
