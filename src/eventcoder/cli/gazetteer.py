"""`eventcoder gazetteer import FILE...`: add downloaded GeoNames dumps to the gazetteer index."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from eventcoder.errors import InputError


def run_import(args: argparse.Namespace) -> int:
    """Rebuild the index with the given GeoNames files and print what was added."""
    from eventcoder.geoparser.gazetteer_import import import_dumps

    files = [Path(f) for f in args.files]
    missing = [str(f) for f in files if not f.is_file()]
    if missing:
        raise InputError(f"No such file: {', '.join(missing)}")
    out = Path(args.out) if args.out else None
    stats = import_dumps(files, out=out)
    print(json.dumps(stats, indent=2))
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the `gazetteer` command group."""
    parser = subparsers.add_parser(
        "gazetteer",
        help="extend the place index with GeoNames dumps you downloaded",
        description="Manage the offline gazetteer index.",
    )
    sub = parser.add_subparsers(dest="gazetteer_command", metavar="ACTION", required=True)
    imp = sub.add_parser(
        "import",
        help="add GeoNames dump files (villages, districts, alternate names) to the index",
        description=(
            "Copy the current index and add the places and names of GeoNames dump files from "
            "https://download.geonames.org/export/dump/: allCountries.zip or per-country XX.zip / "
            "XX.txt, alternateNamesV2.zip, admin1CodesASCII.txt, admin2Codes.txt. The result "
            "replaces the index the pipeline reads ($EVENTCODER_GAZETTEER or the package's) "
            "unless --out names another file.\n"
            "Example: eventcoder gazetteer import NG.zip alternateNamesV2.zip admin2Codes.txt"
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    imp.add_argument("files", nargs="+", help="GeoNames dump files (.zip or .txt)")
    imp.add_argument("--out", help="write the index here instead of replacing the current one")
    imp.set_defaults(func=run_import)
