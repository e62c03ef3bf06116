#!/usr/bin/env bash
# LexNorm and the Python peer pipeline (shared/bench/peer_annotate.py --offsets) on the same corpus,
# alternately, K runs each; prints Markdown tables of medians (annotation pass on one core and on
# all cores, whole process with JSON output next to `wc -w`, one file and ~100 KB files), then
# accuracy.
#
#   Benchmarks/run-side-by-side.sh [K]          # K runs per tool and lexicon size (default 3)
#
# Environment:
#   LEXNORM_BENCH_DATA  data directory (default: bench-data beside the repository); generated
#                       here when files are missing, never inside the repository
#   PERSONS             lexicon sizes (default "1000 10000 100000")
#   PYTHON              the Python with the peer's requirements (default: python3 if it has
#                       them, else DATA/.venv, created from shared/bench/requirements.txt)
set -euo pipefail

runs=${1:-3}
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
shared=$(cd "$repo/../shared/bench" && pwd)
data=${LEXNORM_BENCH_DATA:-$repo/../bench-data}
persons=${PERSONS:-1000 10000 100000}
mkdir -p "$data"
data=$(cd "$data" && pwd)
results="$data/results"
mkdir -p "$results"
say() { printf '%s\n' "$*" >&2; }

# (a) data and the peer's Python
python=${PYTHON:-}
if [[ -z "$python" ]] && python3 -c 'import normality, ahocorasick, wordfreq' 2> /dev/null; then
  python=python3
fi
if [[ -z "$python" ]]; then
  python="$data/.venv/bin/python"
  if [[ ! -x "$python" ]]; then
    say "creating $data/.venv from $shared/requirements.txt (PyICU builds from source: minutes)"
    python3 -m venv "$data/.venv"
    "$python" -m pip install --quiet -r "$shared/requirements.txt"
  fi
fi
for n in $persons 10000; do
  if [[ ! -f "$data/lexicon-$n.yaml" || ! -f "$data/lexicon-$n.tsv" ]]; then
    say "generating lexicon-$n"
    python3 "$shared/make_lexicon.py" --persons "$n" --out "$data" >&2
  fi
  # Synthetic names collide after folding by design; since #13 that is an error unless both
  # entities are `ambiguous: true`, so every generated entity says so.
  if ! grep -q '^    ambiguous: true$' "$data/lexicon-$n.yaml"; then
    sed -i 's/^    kind: \(.*\)$/    kind: \1\n    ambiguous: true/' "$data/lexicon-$n.yaml"
  fi
done
if [[ ! -f "$data/corpus.txt" || ! -f "$data/mentions.jsonl" ]]; then
  say "generating corpus.txt (50 MB)"
  "$python" "$shared/make_corpus.py" --out "$data" --lexicon "$data/lexicon-10000.tsv" >&2
fi

# (b) release build
say "building lexnorm (release)"
swift build -c release --product lexnorm --package-path "$repo" >&2
lexnorm="$(swift build -c release --product lexnorm --package-path "$repo" --show-bin-path)/lexnorm"

# The peer is single-threaded (pure Python plus C extensions); LexNorm runs once with --jobs 1
# and once on all cores (`lexnorm-all`). The runs alternate so background load hits all alike.

# (c) alternate runs; each prints one JSON line
log="$results/runs.jsonl"
: > "$log"
record() {  # tool persons json
  "$python" -c 'import json,sys; r=json.loads(sys.argv[3]); r["tool"]=sys.argv[1]; r["persons"]=int(sys.argv[2]); print(json.dumps(r))' \
    "$1" "$2" "$3" >> "$log"
  say "  $1 $2: $3"
}
for n in $persons; do
  for ((k = 1; k <= runs; k++)); do
    say "run $k/$runs, $n persons"
    record peer "$n" "$("$python" "$shared/peer_annotate.py" --offsets \
      --lexicon "$data/lexicon-$n.tsv" --corpus "$data/corpus.txt")"
    record lexnorm-all "$n" "$("$lexnorm" bench annotate --no-default-lexicon \
      --lexicon "$data/lexicon-$n.yaml" --corpus "$data/corpus.txt")"
    record lexnorm "$n" "$("$lexnorm" bench annotate --jobs 1 --no-default-lexicon \
      --lexicon "$data/lexicon-$n.yaml" --corpus "$data/corpus.txt")"
  done
done
for ((k = 1; k <= runs; k++)); do
  record lexnorm-bundled 0 "$("$lexnorm" bench annotate --jobs 1 --corpus "$data/corpus.txt")"
  record lexnorm-bundled-all 0 "$("$lexnorm" bench annotate --corpus "$data/corpus.txt")"
done

# (d) the table of medians
"$python" - "$log" << 'EOF'
import json, statistics, sys
rows = [json.loads(line) for line in open(sys.argv[1])]
groups = {}
for r in rows:
    groups.setdefault((r["persons"], r["tool"]), []).append(r)
def med(rs, key):
    return statistics.median(r[key] for r in rs)
print("| lexicon | tool | MB | seconds | MB/s median (min–max) | matches | build s | peak RSS MB | LexNorm/peer |")
print("|---|---|---|---|---|---|---|---|---|")
for (n, tool), rs in sorted(groups.items()):
    speeds = [r["mb_per_s"] for r in rs]
    ratio = ""
    if tool.startswith("lexnorm") and (n, "peer") in groups:
        ratio = "%.1f×" % (med(rs, "mb_per_s") / med(groups[(n, "peer")], "mb_per_s"))
    label = "bundled" if n == 0 else "%d persons" % n
    print("| %s | %s | %.1f | %.2f | %.2f (%.2f–%.2f) | %d | %.2f | %.0f | %s |" % (
        label, tool, med(rs, "mb"), med(rs, "seconds"), statistics.median(speeds), min(speeds),
        max(speeds), med(rs, "matches"), med(rs, "build_seconds"), med(rs, "peak_rss_mb"), ratio))
EOF

# Whole process, as a user runs it: `lexnorm annotate` with JSON Lines to /dev/null (lexicon
# load, reading, annotation, output), the .lnx of each size, one core and all cores; `wc -w` on
# the same file in the same loop as the floor. CPU is user + system seconds.
whole="$results/whole.jsonl"
: > "$whole"
# The same bytes as ~100 KB files (one document each, cut at line ends): many small files.
rm -rf "$results/small"
mkdir -p "$results/small"
split -C 100000 -d -a 4 "$data/corpus.txt" "$results/small/part-"
small=("$results/small"/part-*)
timed() {  # label persons command...: one JSON line with wall/cpu seconds and peak RSS
  local label=$1 n=$2
  shift 2
  /usr/bin/time -f '%e %U %S %M' -o "$results/time.txt" "$@" > /dev/null
  read -r wall user system rss < "$results/time.txt"
  printf '{"tool": "%s", "persons": %s, "wall": %s, "user": %s, "system": %s, "rss_kb": %s}\n' \
    "$label" "$n" "$wall" "$user" "$system" "$rss" >> "$whole"
}
for n in 0 $persons; do
  lexicon=()
  if ((n > 0)); then
    [[ -f "$data/lexicon-$n.lnx" ]] || "$lexnorm" compile --no-default-lexicon "$data/lexicon-$n.yaml" \
      -o "$data/lexicon-$n.lnx" >&2
    lexicon=(--no-default-lexicon --lexicon "$data/lexicon-$n.lnx")
  fi
  for ((k = 1; k <= runs; k++)); do
    say "whole process, run $k/$runs, $n persons"
    timed "wc -w" "$n" wc -w "$data/corpus.txt"
    timed "lexnorm --jobs 1" "$n" "$lexnorm" annotate --jobs 1 "${lexicon[@]}" "$data/corpus.txt"
    timed "lexnorm (all cores)" "$n" "$lexnorm" annotate "${lexicon[@]}" "$data/corpus.txt"
    timed "lexnorm --jobs 1, 100 KB files" "$n" "$lexnorm" annotate --jobs 1 "${lexicon[@]}" "${small[@]}"
    timed "lexnorm (all cores), 100 KB files" "$n" "$lexnorm" annotate "${lexicon[@]}" "${small[@]}"
  done
done
echo
"$python" - "$whole" "$log" "$(wc -c < "$data/corpus.txt")" << 'EOF'
import json, statistics, sys
rows = [json.loads(line) for line in open(sys.argv[1])]
passes = [json.loads(line) for line in open(sys.argv[2])]
mb = int(sys.argv[3]) / 1e6
peer = {}
for r in passes:
    if r["tool"] == "peer":
        peer.setdefault(r["persons"], []).append(r["mb_per_s"])
groups = {}
for r in rows:
    groups.setdefault((r["persons"], r["tool"]), []).append(r)
print("| lexicon | tool | wall s | MB/s median (min–max) | CPU s | peak RSS MB | ×peer pass | ×`wc -w` |")
print("|---|---|---|---|---|---|---|---|")
for (n, tool), rs in groups.items():
    speeds = [mb / r["wall"] for r in rs]
    speed = statistics.median(speeds)
    wc = statistics.median(mb / r["wall"] for r in groups[(n, "wc -w")])
    ratio = "%.1f×" % (speed / statistics.median(peer[n])) if n in peer and tool != "wc -w" else ""
    print("| %s | %s | %.2f | %.1f (%.1f–%.1f) | %.2f | %.0f | %s | %.2f |" % (
        "bundled" if n == 0 else "%d persons" % n, tool, statistics.median(r["wall"] for r in rs),
        speed, min(speeds), max(speeds),
        statistics.median(r["user"] + r["system"] for r in rs),
        statistics.median(r["rss_kb"] for r in rs) / 1024, ratio, speed / wc))
EOF

# Lexicon loading and lookup at each size
echo
echo "| lexicon | YAML load s | index build s | compile s | .lnx MB | .lnx load ms | lookup p50 µs | p90 µs | p99 µs | lookup peak RSS MB |"
echo "|---|---|---|---|---|---|---|---|---|---|"
for n in $persons; do
  load=$("$lexnorm" bench load --no-default-lexicon --lexicon "$data/lexicon-$n.yaml")
  # Every 30th label of the TSV: all languages and written forms of the persons.
  awk -F'\t' 'NR > 1 && NR % 30 == 0 { print $3 }' "$data/lexicon-$n.tsv" > "$results/queries-$n.txt"
  lookup=$("$lexnorm" bench lookup --no-default-lexicon --lexicon "$data/lexicon-$n.yaml" \
    --queries "$results/queries-$n.txt")
  "$python" -c 'import json,sys; l=json.loads(sys.argv[2]); q=json.loads(sys.argv[3]); print("| %s persons | %.2f | %.2f | %.2f | %.1f | %.1f | %.1f | %.1f | %.1f | %.0f |" % (sys.argv[1], l["yaml_seconds"], l["index_seconds"], l["compile_seconds"], l["lnx_mb"], l["lnx_load_ms"], q["p50_us"], q["p90_us"], q["p99_us"], q["peak_rss_mb"]))' \
    "$n" "$load" "$lookup"
done

# Accuracy on the 10k corpus: LexNorm's mentions and the peer's, scored against mentions.jsonl.
# The generated corpus annotates no party documents (its lexicons hold none), so LexNorm's
# document references (`18-NQ/TW`, found by code, not by lexicon) are left out of the score.
lexnorm_pred="$results/lexnorm-10000.jsonl"
peer_pred="$results/peer-10000.jsonl"
"$lexnorm" annotate --no-default-lexicon --lexicon "$data/lexicon-10000.yaml" "$data/corpus.txt" \
  | "$python" -c 'import json,sys; [print(json.dumps({k: m[k] for k in ("start", "end", "id")})) for m in map(json.loads, sys.stdin) if m["kind"] != "document"]' \
  > "$lexnorm_pred"
"$python" "$shared/peer_annotate.py" --offsets --lexicon "$data/lexicon-10000.tsv" \
  --corpus "$data/corpus.txt" --emit "$peer_pred" > /dev/null
echo
echo "Accuracy on corpus.txt (gold: mentions.jsonl), lexicon-10000"
echo
for tool in lexnorm peer; do
  "$python" "$shared/check_corpus.py" --out "$data" --pred "$results/$tool-10000.jsonl" --no-words \
    > "$results/score-$tool.json"
done
"$python" - "$results/score-lexnorm.json" "$results/score-peer.json" << 'EOF'
import json, sys
lex, peer = (json.load(open(p))["score"] for p in sys.argv[1:])
print("| measure | LexNorm | peer |")
print("|---|---|---|")
for key in ("predicted", "correct", "precision", "recall"):
    print("| %s | %s | %s |" % (key, lex[key], peer[key]))
for group in ("recall_by_form", "recall_by_kind"):
    for name in lex[group]:
        print("| %s %s | %.4f | %.4f |" % (group.replace("_", " "), name, lex[group][name], peer[group][name]))
EOF
