"""`eventcoder run`: extract and merge a corpus on Spark (or locally) into Parquet tables."""

from __future__ import annotations

import argparse
import json


def run(args: argparse.Namespace) -> int:
    """Run the chosen engine and print the manifest; 1 if no article was read."""
    if args.engine == "spark":
        from pyspark.sql import SparkSession

        from eventcoder.spark.job import run_spark

        conf = dict(item.split("=", 1) for item in args.conf or [])
        ours = SparkSession.getActiveSession() is None
        manifest = run_spark(
            args.input, args.output, master=args.master, partitions=args.partitions, conf=conf
        )
        if ours:  # stop the JVM and the Python daemon cleanly
            SparkSession.getActiveSession().stop()
    else:
        from eventcoder.spark.local import run_local

        manifest = run_local(args.input, args.output)
    print(
        f"{manifest['articles']} article(s), {manifest['errors']} error(s), "
        f"{manifest['events']} event(s), {manifest['incidents']} incident(s) in "
        f"{manifest['seconds']:.1f}s ({args.engine}) → {args.output}"
    )
    if args.verbose_manifest:
        print(json.dumps(manifest, indent=2))
    return 0 if manifest["articles"] else 1


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the `run` command."""
    parser = subparsers.add_parser(
        "run",
        help="extract and merge a corpus into Parquet (on Apache Spark or locally)",
        description=(
            "Read JSONL or Parquet articles (a file or a folder of them; one article a row: id, "
            "text or html, url, published, source), extract events, merge them into incidents "
            "and write Parquet tables to DIR: articles/ (status, reason), events/ (partitioned "
            "by event_day) and incidents/. A re-run replaces the tables. Load them into the "
            "store with `eventcoder ingest DIR`.\n"
            "Example: eventcoder run --engine spark --master local[4] --input news/ --output out/"
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--engine", choices=("spark", "local"), default="spark")
    parser.add_argument("--input", required=True, metavar="PATH", help="JSONL/Parquet file or folder")
    parser.add_argument("--output", required=True, metavar="DIR", help="output folder (replaced)")
    parser.add_argument(
        "--master", default="local[2]", help="Spark master: local[N] or a cluster URL (spark engine)"
    )
    parser.add_argument(
        "--partitions", type=int, default=None, help="extraction partitions (default 4 × cores)"
    )
    parser.add_argument(
        "--conf", action="append", metavar="KEY=VALUE", help="extra Spark setting (repeatable)"
    )
    parser.add_argument(
        "--manifest", dest="verbose_manifest", action="store_true", help="print the run manifest"
    )
    parser.set_defaults(func=run)
