"""Measures from a JSON-lines corpus on Dask and on Spark, on this machine.

    pip install 'policymeasures[dask,spark]'
    python examples/dask_and_spark.py [CORPUS.jsonl ...] [--engine dask|spark|both]

The corpus defaults to examples/corpus/news.jsonl, eight short articles shaped like the
usual news corpora: one JSON object a line with ``id``, ``date``, ``title``, ``body``.
Both engines print the number of measures by kind and imposer. The same code runs on a
cluster: give Dask a ``distributed.Client`` for a remote scheduler, or Spark its master.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

SAMPLE = Path(__file__).parent / "corpus" / "news.jsonl"


def with_dask(paths: list[str]) -> Any:
    """Counts by kind and imposer, computed by Dask (a local cluster of two workers)."""
    import distributed

    from policymeasures import dask as pmdask

    with distributed.LocalCluster(n_workers=2, threads_per_worker=1,
                                  dashboard_address=None) as cluster, \
            distributed.Client(cluster):
        documents = pmdask.read_corpus(paths, blocksize="4MiB")
        measures = pmdask.extract_frame(documents)
        counts = measures.groupby(["kind", "imposer"]).size().compute()
    return counts.sort_index()


def with_spark(spark: Any, paths: list[str]) -> Any:
    """Counts by kind and imposer, computed by Spark from the same files."""
    from policymeasures.spark import extract_measures

    documents = spark.read.json(paths)
    measures = extract_measures(documents, source="news")
    return measures.groupBy("kind", "imposer").count().orderBy("kind", "imposer").collect()


def _spark_session() -> Any:
    from pyspark.sql import SparkSession

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    spark = (SparkSession.builder.master("local[2]").appName("policymeasures-example")
             .config("spark.ui.enabled", "false")
             .config("spark.ui.showConsoleProgress", "false").getOrCreate())
    spark.sparkContext.setLogLevel("ERROR")
    return spark


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="*", default=[str(SAMPLE)])
    parser.add_argument("--engine", choices=("dask", "spark", "both"), default="both")
    args = parser.parse_args()
    if args.engine in ("dask", "both"):
        print("Dask: measures by kind and imposer")
        print(with_dask(args.corpus).to_string())
    if args.engine in ("spark", "both"):
        spark = _spark_session()
        try:
            print("Spark: measures by kind and imposer")
            for row in with_spark(spark, args.corpus):
                print(f"{row['kind']:<16} {row['imposer'] or '-':<8} {row['count']}")
        finally:
            spark.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
