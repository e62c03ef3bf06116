#!/usr/bin/env bash
# Load test and soak of lexnorm-server on loopback (see BENCHMARKS.md, "HTTP server").
#   Server/LoadTest/run.sh [--duration SECONDS] [--soak SECONDS] [--article FILE] [--binary PATH]
# Builds the release server, starts it on a free port with the bundled lexicon, and reports
# requests/s and p50/p99 latency (wrk) for annotate of a ~3 KB Russian article and for lookup
# (round robin over the person name forms of Evaluation/RealText/gold.jsonl: Latin, Cyrillic,
# without diacritics, misspelt) at 1, 16 and 64 connections, with `/healthz` as the ceiling of
# the HTTP path in the same run, the server's peak RSS, then a soak mixing valid and malformed
# requests: replies by status class, RSS every 10 s. Exits 1 on any 5xx or a crash.
# Lookup runs twice: against the server's answer cache (the first request of each form fills
# it, all others are hits) and against a second server started with `--lookup-cache 0`. Each row also gives the server
# process's CPU time per request (user + system, /proc; independent of other load on the
# machine, unlike requests/s) and the 1-minute load average when the row began.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
duration=10 soak=180
article="$repo/Examples/texts/ru-president-visit.txt"
binary=""
while (($#)); do
  case $1 in
    --duration) duration=$2; shift 2 ;;
    --soak) soak=$2; shift 2 ;;
    --article) article=$2; shift 2 ;;
    --binary) binary=$2; shift 2 ;;  # a built lexnorm-server: no build
    *) echo "usage: $0 [--duration SECONDS] [--soak SECONDS] [--article FILE] [--binary PATH]" >&2; exit 2 ;;
  esac
done

if ! command -v wrk >/dev/null; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get install -y -qq wrk >/dev/null
fi

if [ -z "$binary" ]; then
  (cd "$repo/Server" && swift build -c release --product lexnorm-server >&2)
  binary="$repo/Server/.build/release/lexnorm-server"
fi
work=$(mktemp -d)
max_body=65536
pids=()
trap 'kill "${pids[@]}" 2>/dev/null || true; rm -rf "$work"' EXIT
# start NAME ARGUMENT…: starts a server, waits until it is ready; sets $started_pid, $started_url.
start() {
  local name=$1 port=""
  shift
  "$binary" --port 0 --max-body "$max_body" "$@" 2>"$work/$name.log" &
  started_pid=$!
  pids+=("$started_pid")
  for _ in $(seq 600); do
    port=$(sed -n 's|.*listening on http://127.0.0.1:\([0-9]*\).*|\1|p' "$work/$name.log")
    [ -n "$port" ] && curl -sf "http://127.0.0.1:$port/readyz" >/dev/null && break
    sleep 0.1
  done
  [ -n "$port" ] || { cat "$work/$name.log" >&2; exit 1; }
  started_url="http://127.0.0.1:$port"
}
start server
pid=$started_pid url=$started_url
start uncached --lookup-cache 0
uncached_pid=$started_pid uncached_url=$started_url

# The article: the file's lines, repeated until at least 3 KB, as one annotate request.
python3 - "$article" "$work/article.json" <<'PY'
import json, sys
lines = open(sys.argv[1], encoding="utf-8").read().splitlines(keepends=True)
text, i = "", 0
while len(text.encode()) < 3072:
    text += lines[i % len(lines)]; i += 1
json.dump({"text": text, "id": "article"}, open(sys.argv[2], "w"), ensure_ascii=False)
print(f"article: {len(text.encode())} bytes of UTF-8 text from {sys.argv[1]}", file=sys.stderr)
PY
# The lookup queries: every distinct person form of the real-text gold, one a line.
python3 - "$repo/Evaluation/RealText/gold.jsonl" "$work/queries.txt" <<'PY'
import json, sys
forms = sorted({m["text"].replace("\n", " ") for m in map(json.loads, open(sys.argv[1], encoding="utf-8"))
                if m["kind"] == "person"})
open(sys.argv[2], "w", encoding="utf-8").write("".join(f + "\n" for f in forms))
print(f"lookup: {len(forms)} distinct person forms from {sys.argv[1]}", file=sys.stderr)
PY
export BODY_FILE="$work/article.json" OVERSIZED_BYTES=$((max_body + 1000)) QUERIES_FILE="$work/queries.txt"
curl -sf -d @"$BODY_FILE" "$url/v1/annotate" | python3 -c \
  'import json,sys; print("mentions in the article:", len(json.load(sys.stdin)["mentions"]), file=sys.stderr)'

# Lookups reuse word caches: the first query of each form (cold caches) against a second pass,
# on the server without answer cache.
python3 - "$uncached_url" "$QUERIES_FILE" <<'PY'
import sys, time, urllib.parse, urllib.request
url, forms = sys.argv[1], open(sys.argv[2], encoding="utf-8").read().splitlines()
for name in ("cold (first query of each form)", "warm (second pass)"):
    times = []
    for form in forms:
        start = time.perf_counter()
        urllib.request.urlopen(f"{url}/v1/lookup?" + urllib.parse.urlencode({"q": form})).read()
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    print(f"lookup {name}, one connection: mean {sum(times) / len(times):.2f} ms, "
          f"median {times[len(times) // 2]:.2f} ms, max {times[-1]:.2f} ms")
PY

rss() { awk -v key="$1:" '$1 == key { print $2 }' "/proc/$pid/status"; }
# CPU time (user + system) of process $1 so far, in clock ticks.
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
# summarise TICKS: wrk --latency output → "requests/s p50 p99 non-2xx µs-of-CPU/request errors"
summarise() {
  awk -v ticks="$1" -v hz="$(getconf CLK_TCK)" '
       /requests in/ { count = $1 } /Requests\/sec/ { rps = $2 } / 50%/ { p50 = $2 }
       / 99%/ { p99 = $2 } /Non-2xx/ { bad = $NF } /Socket errors/ { errors = $0 }
       END { printf "%10s %10s %10s %8s %8.1f  %s\n", rps, p50, p99, bad + 0,
                    count ? ticks / hz / count * 1e6 : 0, errors }'
}

echo "cores: $(nproc); load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-15s %5s %5s %10s %10s %10s %8s %8s\n' \
  endpoint conns load "req/s" p50 p99 non-2xx "CPU µs"
for endpoint in annotate lookup lookup-uncached healthz; do
  for connections in 1 16 64; do
    threads=$((connections < 2 ? 1 : 2))
    target=$pid
    [ "$endpoint" = lookup-uncached ] && target=$uncached_pid
    load=$(cut -d' ' -f1 /proc/loadavg)
    before=$(cpu_ticks "$target")
    case $endpoint in
      annotate) result=$(wrk -t"$threads" -c"$connections" -d"${duration}s" --latency \
        -s "$here/post.lua" "$url/v1/annotate") ;;
      lookup) result=$(wrk -t"$threads" -c"$connections" -d"${duration}s" --latency \
        -s "$here/lookup.lua" "$url") ;;
      lookup-uncached) result=$(wrk -t"$threads" -c"$connections" -d"${duration}s" --latency \
        -s "$here/lookup.lua" "$uncached_url") ;;
      healthz) result=$(wrk -t"$threads" -c"$connections" -d"${duration}s" --latency \
        "$url/healthz") ;;
    esac
    printf '%-15s %5s %5s ' "$endpoint" "$connections" "$load"
    summarise $(($(cpu_ticks "$target") - before)) <<< "$result"
  done
done
hits=$(curl -sf "$url/metrics" | awk '/^lexnorm_lookup_cache_hits_total/ { print $2 }')
misses=$(curl -sf "$url/metrics" | awk '/^lexnorm_lookup_cache_misses_total/ { print $2 }')
echo "lookup answer cache: $hits hits, $misses misses"
kill "$uncached_pid"
echo "peak RSS after the load test: $(rss VmHWM) kB"

echo "soak: ${soak}s, 16 connections, valid and malformed requests round robin"
SECONDS=0
(
  while sleep 10; do echo "  RSS at +$((SECONDS))s: $(rss VmRSS) kB"; done
) &
sampler=$!
soak_result=$(wrk -t2 -c16 -d"${soak}s" --latency -s "$here/mixed.lua" "$url")
kill $sampler
echo "$soak_result" | grep -E 'Requests/sec|status [0-9]xx|Socket errors' || true
echo "  RSS at the end: $(rss VmRSS) kB, peak $(rss VmHWM) kB"
failures=$(awk '/status 5xx/ { print $3 }' <<< "$soak_result")
curl -sf "$url/healthz" >/dev/null || { echo "FAIL: the server no longer answers" >&2; exit 1; }
[ "${failures:-1}" = 0 ] || { echo "FAIL: $failures replies with status 5xx" >&2; exit 1; }
echo "soak: zero 5xx; the server still answers"
