#!/usr/bin/env bash
# School search at national size, through the gateway and direct, in one run: imports a synthetic 25,000-school
# GIAS-style extract (all 153 LAs; names start "Synthetic") into a running local stack, then runs the same searches
# with 20 concurrent users (hey) against the gateway and against schools-service itself and prints p50/p95 and the
# ratio. Needs a stack with the rate limit out of the way:  RATE_LIMIT_ENABLED=false ./uplift up
# Re-running is cheap: the second import finds every school unchanged.
set -euo pipefail
cd "$(dirname "$0")/../.."
SCHOOLS=${SCHOOLS:-25000}
DURATION=${DURATION:-15s}
USERS=${USERS:-20}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

token() {  # username (dev-only password of the local realm)
  curl -sf -d grant_type=password -d client_id=uplift-cli -d username="$1" -d password=uplift-dev \
    http://localhost:8180/realms/uplift/protocol/openid-connect/token |
    python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])'
}
admin=$(token platform.admin)
officer=$(token leicester.officer)

python3 - "$SCHOOLS" ../shared/data/local-authorities.csv > "$work/gias.csv" <<'PY'
import csv, random, sys
count, las_file = int(sys.argv[1]), sys.argv[2]
with open(las_file, encoding="utf-8-sig") as f:
    rows = list(csv.DictReader(f))
code = next(k for k in rows[0] if "code" in k.lower() and "ons" not in k.lower())
las = [r[code] for r in rows]
random.seed(25)
phases = ["Primary", "Primary", "Primary", "Secondary", "All-through", "Nursery"]
out = sys.stdout
out.write("\ufeffURN,LA (code),EstablishmentNumber,EstablishmentName,PhaseOfEducation (name),"
          "TypeOfEstablishment (name),EstablishmentStatus (name),Trusts (name),Postcode,CloseDate\r\n")
for i in range(count):
    phase = random.choice(phases)
    name = f'"Synthetic School {i}, The"' if i % 10 == 0 else f"Synthetic {phase} School {i}"
    out.write(f"{700000 + i},{las[i % len(las)]},{1000 + i % 9000},{name},{phase},Community school,Open,,"
              f"SY{1 + i % 9} {1 + i % 9}AB,\r\n")
PY

echo "importing $SCHOOLS schools through the gateway ($(du -h "$work/gias.csv" | cut -f1))..."
start=$(date +%s.%N)
status=$(curl -s -o "$work/import.json" -w '%{http_code}' -H "Authorization: Bearer $admin" \
  -F "file=@$work/gias.csv;type=text/csv" http://127.0.0.1:8080/api/schools/import)
end=$(date +%s.%N)
python3 - "$status" "$start" "$end" "$work/import.json" <<'PY'
import json, sys
status, start, end, path = sys.argv[1], float(sys.argv[2]), float(sys.argv[3]), sys.argv[4]
body = json.load(open(path))
counts = {k: v for k, v in body.items() if isinstance(v, int)}
print(f"import: HTTP {status} in {end - start:.1f} s {counts}")
PY

search() {  # label token path
  local result
  for target in direct:8081 gateway:8080; do
    hey -z 3s -c "$USERS" -H "Authorization: Bearer $2" "http://127.0.0.1:${target#*:}$3" >/dev/null  # warm-up
    hey -z "$DURATION" -c "$USERS" -H "Authorization: Bearer $2" "http://127.0.0.1:${target#*:}$3" > "$work/${target%:*}.txt"
  done
  python3 - "$1" "$work/direct.txt" "$work/gateway.txt" <<'PY'
import re, sys
def read(path):
    text = open(path).read()
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
    pct = {m[0]: float(m[1]) * 1000 for m in re.findall(r"(\d+)%+ in ([\d.]+) secs", text)}
    codes = re.findall(r"\[(\d+)\]\s+(\d+) responses", text)
    return rps, pct.get("50"), pct.get("95"), pct.get("99"), codes
label = sys.argv[1]
d, g = read(sys.argv[2]), read(sys.argv[3])
for name, r in (("direct", d), ("gateway", g)):
    print(f"  {label:44} {name:8} {r[0]:7.0f} req/s  p50 {r[1]:6.1f} ms  p95 {r[2]:6.1f} ms  p99 {r[3]:6.1f} ms  {r[4]}")
print(f"  {label:44} gateway/direct throughput {g[0] / d[0]:.2f}x, p95 {g[2] / d[2]:.2f}x")
PY
}

echo "search, $USERS concurrent users, $DURATION each (load average $(cut -d' ' -f1 /proc/loadavg)):"
search "officer ?la=856&size=25" "$officer" "/api/schools?la=856&size=25"
search "officer ?q=Synthetic Primary&size=25" "$officer" "/api/schools?q=Synthetic%20Primary&size=25"
search "admin ?q=School 1234&size=25 (all schools)" "$admin" "/api/schools?q=School%201234&size=25"
search "admin ?q=701234 (URN)" "$admin" "/api/schools?q=701234"
