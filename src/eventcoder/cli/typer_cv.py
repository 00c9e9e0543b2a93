"""``eventcoder typer-cv``: the typer's accuracy on whole countries (or years) it never saw."""

from __future__ import annotations

import argparse
from pathlib import Path


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``typer-cv`` command."""
    p = subparsers.add_parser(
        "typer-cv",
        help="grouped cross-validation of the event typer (whole countries or years held out)",
        description="Fit the typer K times on the training lines, each time holding out whole "
        "countries (the dominant country always trained, never scored) or whole years, and "
        "print the held-out event and sub-event type accuracy and macro-F1, per class too. "
        "Never run it on the development files.",
    )
    p.add_argument("--gold", nargs="+", type=Path, required=True, metavar="FILE.jsonl")
    p.add_argument("--by", nargs="+", choices=("country", "year"), default=["country"])
    p.add_argument("--folds", type=int, default=5, metavar="K")
    p.add_argument("--country-power", type=float, default=0.5, metavar="P",
                   help="as for `eventcoder train` (the bundled model: 0.5)")
    p.add_argument("--limit", type=int, default=None, help="use only the first N gold lines")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Print the grouped cross-validation figures."""
    from eventcoder.typer.groupcv import measure
    from eventcoder.typer.train import Settings, gold_examples, read_gold_lines

    examples = gold_examples(read_gold_lines(args.gold, args.limit))
    settings = Settings(country_power=args.country_power)
    for by in args.by:
        scores = measure(examples, settings, by, args.folds)
        print(f"held out by {by}: {scores.line()}")
        for label, (n, recall) in scores.per_class.items():
            print(f"  {label:<50}{n:>6}{recall:>8.3f}")
    return 0
