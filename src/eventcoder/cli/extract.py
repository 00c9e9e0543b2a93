"""`eventcoder extract PATH...`: print the document of every input article (json, jsonl or csv).

Mirrors :func:`eventcoder.ingest.read_paths` piped through
:meth:`eventcoder.pipeline.Pipeline.pipe`. Bad inputs are reported on stderr one line each and
still give a document with ``status: error``; the exit code is non-zero only when nothing at all
could be processed.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterator
from typing import Any, TextIO

from eventcoder.document import Document
from eventcoder.errors import ConfigError
from eventcoder.nlp.workers import MAX_AUTO_WORKERS, auto_workers

FORMATS = ("json", "jsonl", "csv")


def _workers(value: str) -> int:
    """``--workers`` value: ``auto`` or a count (checked in :func:`run` for a clear message)."""
    if value == "auto":
        return auto_workers()
    try:
        return int(value)
    except ValueError:
        raise argparse.ArgumentTypeError("give a number of processes or 'auto'") from None


def _dump(document: Document, *, indent: int | None) -> str:
    """One document as JSON text; the document's parse is not read again after this."""
    text = json.dumps(document.to_dict(), ensure_ascii=False, indent=indent)
    _release(document)
    return text


def _release(document: Document) -> None:
    """Let the printed document's parse be freed at once rather than by the cycle collector."""
    if document.spacy_doc is not None:
        from eventcoder.nlp.doc_cache import release

        release(document.spacy_doc)


def _write_json(documents: Iterator[Document], out: TextIO) -> None:
    """One input article → one JSON object; several → a JSON array, streamed."""
    first = next(documents, None)
    if first is None:
        out.write("[]\n")
        return
    second = next(documents, None)
    if second is None:
        out.write(_dump(first, indent=2) + "\n")
        return
    out.write("[\n" + _dump(first, indent=2) + ",\n" + _dump(second, indent=2))
    for document in documents:
        out.write(",\n" + _dump(document, indent=2))
    out.write("\n]\n")


def _write_jsonl(documents: Iterator[Document], out: TextIO) -> None:
    """One compact JSON line per input article, in input order."""
    for document in documents:
        out.write(_dump(document, indent=None) + "\n")


def _write_csv(documents: Iterator[Document], out: TextIO) -> None:
    """One CSV row per event (ACLED-like columns); articles without events add no row."""
    from eventcoder.export.rows import document_rows, write_csv

    def rows() -> Iterator[Any]:
        for document in documents:
            yield from document_rows(document)
            _release(document)

    write_csv(rows(), out)


class _Tally:
    """Counts outcomes and reports bad inputs on stderr as documents stream past."""

    def __init__(self, write: Callable[[str], None]) -> None:
        self.write = write
        self.counts = {"ok": 0, "skipped": 0, "error": 0}

    def watch(self, documents: Iterator[Document]) -> Iterator[Document]:
        """Pass documents through, reporting each error or skip in one line."""
        for document in documents:
            article = document.article
            self.counts[article.status] = self.counts.get(article.status, 0) + 1
            if article.status in {"error", "skipped"}:
                reason = article.reason or "no reason given"
                # Stage failures do not know the file; name it so the line stands alone.
                if article.origin and not reason.startswith(article.origin):
                    reason = f"{article.origin}: {reason}"
                self.write(f"eventcoder: {article.status}: {reason}")
            yield document


def _progress(documents: Iterator[Document], enabled: bool) -> Iterator[Document]:
    """Wrap documents in a tqdm bar on stderr when it is a terminal."""
    if not enabled:
        return documents
    from tqdm import tqdm

    return iter(tqdm(documents, desc="extract", unit="article", file=sys.stderr, leave=False))


def _bar_safe_writer(bar: bool) -> Callable[[str], None]:
    """A line writer for stderr that does not tear a running progress bar."""
    if bar:
        from tqdm import tqdm

        return lambda line: tqdm.write(line, file=sys.stderr)
    return lambda line: print(line, file=sys.stderr)


def run(args: argparse.Namespace) -> int:
    """Extract every input article and print the documents."""
    from eventcoder.cli._gc import freeze_after_first, tune_for_batch
    from eventcoder.ingest import read_paths
    from eventcoder.pipeline import default_pipeline

    tune_for_batch()
    if args.workers < 1 or args.batch_size < 1:
        raise ConfigError("--workers and --batch-size must be at least 1.")
    out: TextIO = sys.stdout
    handle: Any = None
    if args.output:
        try:
            handle = open(args.output, "w", encoding="utf-8", newline="")  # noqa: SIM115
        except OSError as exc:
            raise ConfigError(f"Cannot write {args.output}: {exc.strerror}.") from exc
        out = handle
    show = not args.no_progress and sys.stderr.isatty()
    tally = _Tally(_bar_safe_writer(show))
    # Several processes parse while this one runs the stages; with one, the next batch is
    # parsed in a thread while this one is read. The documents are the same either way.
    documents = default_pipeline().pipe(
        read_paths(args.paths), batch_size=args.batch_size, n_process=args.workers,
        parse_ahead=args.workers == 1,
    )
    stream = tally.watch(_progress(freeze_after_first(documents), show))
    try:
        {"json": _write_json, "jsonl": _write_jsonl, "csv": _write_csv}[args.format](stream, out)
    finally:
        if handle is not None:
            handle.close()
        else:
            out.flush()
    processed = tally.counts.get("ok", 0) + tally.counts.get("skipped", 0)
    if processed == 0:
        print(
            f"eventcoder: error: nothing could be processed ({tally.counts.get('error', 0)} "
            "input(s) failed; see the messages above)",
            file=sys.stderr,
        )
        return 1
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the `extract` command."""
    parser = subparsers.add_parser(
        "extract",
        help="extract event records from articles and print them",
        description=(
            "Read articles (.txt, .html, .jsonl/.json, RSS/Atom feeds, directories of them, "
            "or - for stdin) and print one document per article.\n"
            "Example: eventcoder extract article.html --format json"
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help="files or directories to read")
    parser.add_argument(
        "--format",
        choices=FORMATS,
        default="json",
        help="json: one object (one article) or an array; jsonl: one line per article; "
        "csv: one row per event (default: json)",
    )
    parser.add_argument(
        "--workers", type=_workers, default="auto",
        help="processes that parse while this one extracts: a number, or auto for the usable "
        f"cores up to {MAX_AUTO_WORKERS} (default: auto; 1 parses in a thread of this process)",
    )
    parser.add_argument(
        "--batch-size", type=int, default=16, help="articles parsed per batch (default: 16)"
    )
    parser.add_argument("-o", "--output", help="write to this file instead of stdout")
    parser.add_argument("--no-progress", action="store_true", help="never show a progress bar")
    parser.set_defaults(func=run)
