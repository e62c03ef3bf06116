"""Checks the Spark job's output against the single-process CLI's on the same records.

Used by `annotate_job.py --expect CLI_OUTPUT.jsonl`, which reads its output back in the same
Spark session (one JVM start less). Both must hold the same mentions (document ID, date, span,
text, ID, kind, label, score, methods, role and alternatives), each as often, and so the same
document IDs. The CLI's `file` and `line` are left out: Spark numbers lines per partition.
"""

import collections
import json
import sys

FIELDS = ("doc", "date", "start", "end", "text", "id", "kind", "label", "score", "method",
          "refers_to", "alternatives")


def key(mention: dict) -> tuple:
    values = []
    for field in FIELDS:
        value = mention.get(field)
        if field == "doc" and value is not None:
            value = str(value)
        elif field == "score":
            value = float(value)
        elif isinstance(value, list):
            value = tuple(value) or None
        values.append(value)
    return tuple(values)


def compare(spark, output: str, output_format: str, cli_output: str) -> bool:
    """Whether the job's output at `output` holds exactly the mentions of `cli_output`; prints
    the verdict, and the differences when there are any."""
    # Keep `date=2025-07-19` a string, as the job wrote it.
    spark.conf.set("spark.sql.sources.partitionColumnTypeInference.enabled", "false")
    reader = spark.read.parquet if output_format == "parquet" else spark.read.json
    spark_mentions = collections.Counter(key(row.asDict()) for row in reader(output).collect())
    with open(cli_output, encoding="utf-8") as lines:
        cli_mentions = collections.Counter(key(json.loads(line)) for line in lines)

    documents = {mention[0] for mention in cli_mentions}
    if spark_mentions == cli_mentions:
        print(f"same {sum(cli_mentions.values())} mentions in {len(documents)} documents "
              f"from Spark and from the CLI")
        return True
    for name, extra in (("only from Spark", spark_mentions - cli_mentions),
                        ("only from the CLI", cli_mentions - spark_mentions)):
        for mention, count in sorted(extra.items(), key=str)[:20]:
            print(f"{name} (x{count}): {dict(zip(FIELDS, mention))}", file=sys.stderr)
    print(f"documents only from Spark: {sorted({m[0] for m in spark_mentions} - documents)}; "
          f"only from the CLI: {sorted(documents - {m[0] for m in spark_mentions})}",
          file=sys.stderr)
    return False
