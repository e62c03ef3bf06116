#!/usr/bin/env bash
# Runs the Spark job in local[2] mode on the sample texts (Examples/texts as a JSON Lines
# archive, one record per text) and checks that its output equals the single-process CLI's.
#
#   Examples/spark/run-local.sh [--copies N]   # N copies of the sample set (throughput runs)
#
# Needs python3 and Java 17 (Debian's openjdk-17-jre-headless is installed when java is
# missing). pyspark is installed from PyPI into a virtual environment outside the repository
# ($LEXNORM_SPARK_VENV, default ~/.cache/lexnorm/spark-venv) when missing.
# LEXNORM_BIN uses a lexnorm binary built elsewhere instead of a release build here.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
copies=1
if [ "${1:-}" = "--copies" ]; then copies=${2:?--copies needs a number}; fi
venv=${LEXNORM_SPARK_VENV:-${XDG_CACHE_HOME:-$HOME/.cache}/lexnorm/spark-venv}
work=$root/.build/spark-example  # .build/ is ignored by git

step() { echo "-- $*"; }

if ! "$venv/bin/python" -c "import pyspark" 2> /dev/null; then
  step "installing pyspark into $venv"
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet "pyspark>=3.5,<5"
fi
if ! command -v java > /dev/null; then
  step "installing Java 17"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq openjdk-17-jre-headless > /dev/null
fi
java -version 2>&1 | head -1

if [ -n "${LEXNORM_BIN:-}" ]; then
  lexnorm=$LEXNORM_BIN
else
  step "building lexnorm (release)"
  (cd "$root" && swift build -c release --product lexnorm)
  lexnorm=$root/.build/release/lexnorm
fi

rm -rf "$work"
mkdir -p "$work"
step "compiling the bundled lexicon"
"$lexnorm" compile -o "$work/lexicon.lnx"
step "writing the archive ($copies cop$([ "$copies" = 1 ] && echo y || echo ies) of the sample texts)"
"$venv/bin/python" "$here/make_archive.py" "$work/archive" --copies "$copies"
du -sh "$work/archive" | cut -f1

TIMEFORMAT='%R s'
step "single process: lexnorm annotate --input jsonl"
time "$lexnorm" annotate --input jsonl --lexicon "$work/lexicon.lnx" "$work"/archive/*.jsonl \
  > "$work/cli.jsonl"

step "Spark, local[2]"
export PYSPARK_PYTHON=$venv/bin/python SPARK_LOCAL_IP=127.0.0.1 PYTHONDONTWRITEBYTECODE=1
cd "$work"  # Spark leaves spark-warehouse/ in the working folder
time "$venv/bin/spark-submit" --master "local[2]" --conf spark.log.level=WARN \
  --conf spark.ui.enabled=false --conf spark.ui.showConsoleProgress=false \
  "$here/annotate_job.py" --lexnorm "$lexnorm" --lexicon "$work/lexicon.lnx" \
  --input "$work/archive" --output "$work/mentions" --partitions 2 --expect "$work/cli.jsonl"
ls "$work/mentions"
