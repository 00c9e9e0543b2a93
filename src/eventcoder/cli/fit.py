"""`eventcoder fit`: learn the publisher prior or the scorers' weights from training gold lines."""

from __future__ import annotations

import argparse
from importlib import resources
from pathlib import Path

from eventcoder.errors import InputError

DEFAULT_TRAIN = "../shared/train/acled_train.jsonl"
_OUTPUTS = {"publishers": "publisher_prior.yaml", "weights": "weights.yaml",
            "places": "place_prior.yaml", "theatres": "actor_theatres.yaml",
            "words": "word_prior.yaml", "admin1": "geo_admin1_names.yaml",
            "toponyms": "weights.yaml"}


def run(args: argparse.Namespace) -> int:
    """Fit what was asked and write its table into eventcoder/data (or --out)."""
    paths = [Path(p) for p in args.train]
    for path in paths:
        if not path.is_file():
            raise InputError(f"Training file {path} does not exist.")
        if "/eval/" in path.resolve().as_posix():
            raise InputError(f"{path} is an evaluation file: fit on training data only.")
    out = Path(args.out) if args.out else Path(
        str(resources.files("eventcoder.data").joinpath(_OUTPUTS[args.what])))
    if args.what == "publishers":
        from eventcoder.fit.publishers import write_prior

        summary = write_prior(paths, out)
        print(f"{summary['lines']} lines: {summary['national']} outlets with a country prior, "
              f"{summary['international']} international; written to {out}")
    elif args.what == "places":
        from eventcoder.fit.places import write_place_prior

        summary = write_place_prior(paths, out)
        print(f"{summary['lines']} lines: {summary['names']} place names; written to {out}")
    elif args.what == "theatres":
        from eventcoder.fit.theatres import write_theatres

        summary = write_theatres(paths, out)
        print(f"{summary['lines']} lines: {summary['actors']} named actors; written to {out}")
    elif args.what == "words":
        from eventcoder.fit.words import write_word_prior

        summary = write_word_prior(paths, out)
        print(f"{summary['lines']} lines: {summary['words']} words tied to one country; "
              f"written to {out}")
    elif args.what == "admin1":
        from eventcoder.fit.admin1 import write_admin1_names

        summary = write_admin1_names(paths, out)
        print(f"{summary['lines']} lines: {summary['units']} admin1 units ACLED names otherwise; "
              f"written to {out}")
    elif args.what == "toponyms":
        from eventcoder.fit.toponyms import fit_report

        # a report, not a rewrite: the table's comment records the plateau the values come from
        print(fit_report(paths, limit=args.limit)
              + f"\ncopy the fitted values into the toponym block of {out}")
    else:
        from eventcoder.fit.weights import fit_and_write

        print(fit_and_write(paths, out, limit=args.limit))
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the `fit` command."""
    parser = subparsers.add_parser(
        "fit",
        help="learn the publisher prior or the scorers' weights from training data",
        description=(
            "Learn a table from training gold lines (never the dev files) and write it to "
            "eventcoder/data.\n"
            "  publishers: outlet -> country counts (data/publisher_prior.yaml)\n"
            "  places:     place name -> country, province and point (data/place_prior.yaml)\n"
            "  theatres:   named actor -> countries of its training lines (data/actor_theatres.yaml)\n"
            "  words:      capitalised word -> the one country its training lines are in "
            "(data/word_prior.yaml)\n"
            "  admin1:     gazetteer admin1 unit -> ACLED's name for it "
            "(data/geo_admin1_names.yaml)\n"
            "  weights:    logistic-regression weights of the event-place scorer "
            "(data/weights.yaml)\n"
            "  toponyms:   grid-searched population and alternate-spelling weights of the "
            "toponym prior (reported for data/weights.yaml)\n"
            f"Example: eventcoder fit publishers --train {DEFAULT_TRAIN}"
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("what", choices=sorted(_OUTPUTS), help="what to fit")
    parser.add_argument("--train", nargs="+", default=[DEFAULT_TRAIN], help="training JSONL files")
    parser.add_argument("--out", default=None, help="where to write (default: eventcoder/data)")
    parser.add_argument("--limit", type=int, default=None, help="use only the first N lines")
    parser.set_defaults(func=run)
