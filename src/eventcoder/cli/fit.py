"""`eventcoder fit`: learn the publisher prior or the scorers' weights from training gold lines."""

from __future__ import annotations

import argparse
import importlib
from importlib import resources
from pathlib import Path

from eventcoder.errors import InputError

DEFAULT_TRAIN = "../shared/train/acled_train.jsonl"
_OUTPUTS = {"publishers": "publisher_prior.yaml", "weights": "weights.yaml",
            "places": "place_prior.yaml", "theatres": "actor_theatres.yaml",
            "words": "word_prior.yaml", "admin1": "geo_admin1_names.yaml",
            "toponyms": "weights.yaml"}
# The tables written whole from counts: (module, function(paths, out) -> summary, what to tell);
# imported only when asked, as the fitting modules pull in the pipeline.
_WRITERS = {
    "publishers": ("eventcoder.fit.publishers", "write_prior",
                   "{lines} lines: {national} outlets with a country prior, {international} "
                   "international"),
    "places": ("eventcoder.fit.places", "write_place_prior", "{lines} lines: {names} place names"),
    "theatres": ("eventcoder.fit.theatres", "write_theatres",
                 "{lines} lines: {actors} named actors"),
    "words": ("eventcoder.fit.words", "write_word_prior",
              "{lines} lines: {words} words tied to one country"),
    "admin1": ("eventcoder.fit.admin1", "write_admin1_names",
               "{lines} lines: {units} admin1 units ACLED names otherwise"),
}


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
    if args.what in _WRITERS:
        module, function, told = _WRITERS[args.what]
        summary = getattr(importlib.import_module(module), function)(paths, out)
        print(told.format(**summary) + f"; written to {out}")
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
