"""`eventcoder eval GOLD`: score the pipeline on ACLED gold lines or a hand-written gold document."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from eventcoder.errors import ConfigError, InputError


def _is_gold_document(path: Path) -> bool:
    """True when the file is one JSON object (a gold document), not JSON lines."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError):
        return False
    return isinstance(data, dict) and "gold" not in data


def _default_input(gold: Path) -> Path:
    """The article beside a gold document: an .html file if present, else a .txt."""
    for pattern in ("*.html", "*.htm", "*.txt"):
        found = sorted(gold.parent.glob(pattern))
        if found:
            return found[0]
    raise ConfigError(f"No article found beside {gold}; pass it with --input FILE.")


# The figures that depend on where the article says (or its publisher implies) the event was;
# actor labels too, since "Rioters (Kenya)" carries the country.
PLACE_FIGURES = (
    ("country", "Country"),
    ("admin1", "Admin1"),
    ("location_50km", "Location within 50 km (city lines)"),
    ("location_50km_known", "  of those, the gazetteer holds the place"),
    ("actors", "Actor match rate (labels carry the country)"),
)


def format_source_comparison(kept: dict, removed: dict) -> str:
    """Place and actor figures with the line's ``source`` kept and removed, side by side."""
    out = ["", "Place and actor figures with and without the publisher (`source`):",
           f"{'metric':<44}{'n':>6}{'with':>8}{'without':>9}", "-" * 67]
    for key, label in PLACE_FIGURES:
        a, b = kept[key], removed[key]
        rates = ["-" if f["rate"] is None else f"{f['rate']:.3f}" for f in (a, b)]
        out.append(f"{label:<44}{a['n']:>6}{rates[0]:>8}{rates[1]:>9}")
    return "\n".join(out)


def _run_acled(gold: Path, args: argparse.Namespace) -> dict:
    """Score ACLED gold lines as asked (source kept, removed, or both) and print the report."""
    from eventcoder.eval.acled import evaluate, format_report

    def score(drop: bool) -> dict:
        return evaluate(gold, limit=args.limit, progress=not args.quiet,
                        n_process=args.n_process, drop_source=drop)

    result = score(args.without_source)
    print(format_report(result))
    if args.both_sources:
        removed = score(True)
        print(format_source_comparison(result, removed))
        result = {**result, "without_source": removed}
    return result


def run(args: argparse.Namespace) -> int:
    """Score and print the report (and write the figures as JSON with --json)."""
    gold = Path(args.gold)
    if not gold.is_file():
        raise InputError(f"Gold file {gold} does not exist.")
    if _is_gold_document(gold):
        from eventcoder.eval.gold_doc import format_gold_report, score_gold_document

        input_path = Path(args.input) if args.input else _default_input(gold)
        result = score_gold_document(gold, input_path)
        print(format_gold_report(result))
    else:
        result = _run_acled(gold, args)
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n")
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the `eval` command."""
    parser = subparsers.add_parser(
        "eval",
        help="score the pipeline against a gold file",
        description=(
            "Score the pipeline on a gold file: ACLED-style JSON lines (shared/eval/README.md) "
            "or one hand-written gold document (a single JSON object) with its article.\n"
            "Example: eventcoder eval ../shared/eval/acled_dev.jsonl --limit 200 --json out.json"
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("gold", help="gold JSONL file, or a gold document (.json)")
    parser.add_argument("--limit", type=int, default=None, help="score only the first N lines")
    parser.add_argument("--json", metavar="OUT", default=None, help="write the figures as JSON")
    parser.add_argument(
        "--input",
        default=None,
        help="article file for a gold document (default: the .html beside it, else the .txt)",
    )
    sources = parser.add_mutually_exclusive_group()
    sources.add_argument("--without-source", action="store_true",
                         help="drop each line's `source` (publisher): the text alone decides")
    sources.add_argument("--both-sources", action="store_true",
                         help="score twice, with and without `source`, and print the place "
                              "figures side by side (JSON: the second run under 'without_source')")
    parser.add_argument("--n-process", type=int, default=1, help="spaCy worker processes")
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    parser.set_defaults(func=run)
