"""``eventcoder train``: fit the event typer on gold lines and/or analysts' work in the store."""

from __future__ import annotations

import argparse
from pathlib import Path

from eventcoder.cli._store import add_db_argument, open_store


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``train`` command."""
    p = subparsers.add_parser(
        "train",
        help="train the event typer (ACLED event and sub-event type)",
        description="Train the event typer on ACLED-style gold lines (--gold) and/or analysts' "
        "edited, verified and rejected incidents (--from-store); print a validation report "
        "(out-of-fold readings of K country folds, or a held-back 10%%), fit when it overrules "
        "the rules and when it reports an event they found none in, and write a model "
        "directory with its model card. Use it with "
        "EVENTCODER_TYPER_MODEL=DIR.",
    )
    p.add_argument("--gold", nargs="*", type=Path, default=[], metavar="FILE.jsonl",
                   help="gold lines with gold.event_type (and gold.sub_event_type)")
    p.add_argument("--from-store", action="store_true",
                   help="also learn from analysts' type edits, verified and rejected incidents")
    p.add_argument("--base", type=Path, default=None, metavar="DIR",
                   help="with --from-store and no --gold: the model to refine (default: the "
                   "configured one)")
    p.add_argument("--limit", type=int, default=None, help="use only the first N gold lines")
    p.add_argument("--country-power", type=float, default=0.0, metavar="P",
                   help="weigh each gold example by (examples of its country)^-P, so that one "
                   "country with most of the notes does not set the model for the rest "
                   "(default 0: all alike)")
    p.add_argument("--folds", type=int, default=5, metavar="K",
                   help="with --gold: choose the L2 strength and the rules' weight and fit the "
                   "thresholds on K-fold cross-validation of the training lines (whole "
                   "countries per fold; default 5); 0: on one held-back tenth")
    p.add_argument("--out", type=Path, required=True, metavar="DIR", help="model directory")
    add_db_argument(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Train, report and write the model directory."""
    from eventcoder.typer.model import TyperModel
    from eventcoder.typer.report import format_validation
    from eventcoder.typer.run import gather, save_model, train_model
    from eventcoder.typer.stage import configured_model_path
    from eventcoder.typer.train import Settings

    settings = Settings(country_power=args.country_power, cv_folds=args.folds)
    store = open_store(args, must_exist=True) if args.from_store else None
    try:
        gold_ex, store_ex = gather(args.gold, store, settings, args.limit)
    finally:
        if store is not None:
            store.close()
    base = None
    if not gold_ex:
        path = args.base or configured_model_path()
        base = TyperModel.load(path) if path is not None else None
    sources = [str(p) for p in args.gold] + (["store (analysts' work)"] if store_ex else [])
    model, figures = train_model(gold_ex, store_ex, settings, base, sources)
    save_model(model, figures, args.out)
    print(format_validation(figures))
    print(f"\nModel {model.version}: {len(gold_ex)} gold and {len(store_ex)} store examples, "
          f"{model.meta['seconds']} s; written to {args.out}")
    return 0
