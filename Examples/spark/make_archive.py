"""Writes the sample texts of Examples/texts as a JSON Lines archive: one record per text.

    python3 make_archive.py OUT_DIR [--copies N] [--files K]

Each record is {"id", "date", "lang", "text"}; the date is the article's own (the dateline of
each sample). --copies repeats the whole set N times with distinct IDs (for throughput runs);
--files spreads the records over K files, as an archive of daily dumps would be.
"""

import argparse
import json
import pathlib

TEXTS = pathlib.Path(__file__).resolve().parent.parent / "texts"

# The dateline of each sample text.
DATES = {
    "de-parteitag": "2025-10-20",
    "en-politburo-meeting": "2025-04-11",
    "ru-president-visit": "2025-03-14",
    "vi-hoi-nghi": "2025-05-15",
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=pathlib.Path)
    parser.add_argument("--copies", type=int, default=1)
    parser.add_argument("--files", type=int, default=2)
    args = parser.parse_args()

    records = []
    for copy in range(args.copies):
        for path in sorted(TEXTS.glob("*.txt")):
            record = {"id": path.stem if args.copies == 1 else f"{path.stem}-{copy}"}
            if path.stem in DATES:
                record["date"] = DATES[path.stem]
            record["lang"] = path.stem.split("-")[0]
            record["text"] = path.read_text(encoding="utf-8")
            records.append(record)

    args.out.mkdir(parents=True, exist_ok=True)
    for old in args.out.glob("part-*.jsonl"):
        old.unlink()
    for number in range(args.files):
        with open(args.out / f"part-{number:05d}.jsonl", "w", encoding="utf-8") as out:
            for record in records[number :: args.files]:
                out.write(json.dumps(record, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
