"""Annotates a directory of JSON Lines documents with lexnorm on every Spark executor.

    spark-submit annotate_job.py --lexnorm PATH/lexnorm --lexicon PATH/lexicon.lnx \
        --input DIR --output DIR [--format parquet|json] [--text-field F --id-field F --date-field F]

The binary and the compiled lexicon are shipped with SparkContext.addFile; each partition is
piped through `lexnorm annotate --input jsonl`, one process per partition, records streaming in
and mentions streaming out. Mentions are written partitioned by document date (the record's
date, else the first date in its text; `date=__HIVE_DEFAULT_PARTITION__` when there is none).
"""

import argparse
import json
import os
import shutil
import stat
import subprocess
import sys
import tempfile
import threading

from pyspark import SparkFiles
from pyspark.sql import SparkSession
from pyspark.sql.types import (ArrayType, DoubleType, LongType, StringType, StructField,
                               StructType)

# One row per mention; `doc` is the record's ID (a number ID comes out as its digits).
MENTION_SCHEMA = StructType([
    StructField("doc", StringType()),
    StructField("date", StringType()),
    StructField("start", LongType()),
    StructField("end", LongType()),
    StructField("text", StringType()),
    StructField("id", StringType()),
    StructField("kind", StringType()),
    StructField("label", StringType()),
    StructField("score", DoubleType()),
    StructField("method", ArrayType(StringType())),
    StructField("refers_to", StringType()),
    StructField("alternatives", ArrayType(StringType())),
])


def executable(name: str) -> str:
    """The shipped file `name` with its execute bit (addFile may not keep it)."""
    path = SparkFiles.get(name)
    if not os.access(path, os.X_OK):
        try:
            os.chmod(path, os.stat(path).st_mode | stat.S_IXUSR)
        except OSError:
            copy = os.path.join(tempfile.mkdtemp(prefix="lexnorm-"), name)
            shutil.copy(path, copy)
            os.chmod(copy, 0o755)
            path = copy
    return path


def annotate_partition(arguments, records):
    """Pipes one partition's records through lexnorm and yields its mention lines.

    lexnorm exits 1 when some records were bad (each named on standard error by line); those are
    logged and skipped like lexnorm skips them. Any other failure fails the task.
    """
    command = [executable(arguments["lexnorm"]), "annotate", "--input", "jsonl",
               "--lexicon", SparkFiles.get(arguments["lexicon"]), *arguments["fields"]]
    errors = tempfile.TemporaryFile()
    process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                               stderr=errors)

    def feed():
        try:
            for record in records:
                process.stdin.write(record.encode("utf-8") + b"\n")
        except BrokenPipeError:
            pass  # lexnorm stopped early; its exit status says why
        finally:
            process.stdin.close()

    writer = threading.Thread(target=feed, daemon=True)
    writer.start()
    for line in process.stdout:
        yield line.decode("utf-8")
    writer.join()
    status = process.wait()
    errors.seek(0)
    message = errors.read().decode("utf-8", "replace")
    if status == 1 and message:
        sys.stderr.write(message)
    elif status != 0:
        raise RuntimeError(f"lexnorm exited with status {status}: {message}")


def mention_row(line: str):
    mention = json.loads(line)
    if mention["doc"] is not None:
        mention["doc"] = str(mention["doc"])
    mention["score"] = float(mention["score"])
    return tuple(mention.get(field.name) for field in MENTION_SCHEMA.fields)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lexnorm", required=True, help="the lexnorm binary to ship (path or URL)")
    parser.add_argument("--lexicon", required=True, help="a compiled lexicon (.lnx) to ship")
    parser.add_argument("--input", required=True, help="a directory (or glob) of JSONL files")
    parser.add_argument("--output", required=True)
    parser.add_argument("--format", choices=["parquet", "json"], default="parquet")
    parser.add_argument("--partitions", type=int, default=0,
                        help="split the input into at least this many partitions")
    for field in ("text", "id", "date"):
        parser.add_argument(f"--{field}-field", default=field)
    parser.add_argument("--expect", metavar="CLI_OUTPUT",
                        help="after writing, check the output equals this `lexnorm annotate "
                             "--input jsonl` output of the same records; exit 1 if not")
    args = parser.parse_args()

    spark = SparkSession.builder.appName("lexnorm-annotate").getOrCreate()
    context = spark.sparkContext
    for path in (args.lexnorm, args.lexicon):  # local paths or URLs (hdfs://, s3a://)
        context.addFile(path if "://" in path else os.path.abspath(path))
    arguments = {  # what the executors need, by the names SparkFiles knows the files by
        "lexnorm": os.path.basename(args.lexnorm),
        "lexicon": os.path.basename(args.lexicon),
        "fields": ["--text-field", args.text_field, "--id-field", args.id_field,
                   "--date-field", args.date_field],
    }

    records = context.textFile(args.input, minPartitions=args.partitions or None)
    mentions = (records.mapPartitions(lambda part: annotate_partition(arguments, part))
                .map(mention_row))
    frame = spark.createDataFrame(mentions, MENTION_SCHEMA)
    writer = frame.write.mode("overwrite").partitionBy("date")
    if args.format == "parquet":
        writer.parquet(args.output)
    else:
        writer.json(args.output)
    same = True
    if args.expect:
        import compare_with_cli  # beside this file; only the local check needs it
        same = compare_with_cli.compare(spark, args.output, args.format, args.expect)
    spark.stop()
    sys.exit(0 if same else 1)


if __name__ == "__main__":
    main()
