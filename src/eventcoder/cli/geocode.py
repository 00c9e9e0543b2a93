"""`eventcoder geocode "TEXT"`: show each place the text names, its candidates and the choice."""

from __future__ import annotations

import argparse
import json
import sys

from eventcoder.errors import InputError


def explain(text: str, top: int = 4) -> list[dict]:
    """Geoparse ``text`` and return every mention with its ranked candidates and reasons."""
    from eventcoder.geoparser.resolve import geoparse_doc
    from eventcoder.nlp.model import load_nlp

    out = []
    for r in geoparse_doc(load_nlp()(text)):
        m = r.mention
        out.append({
            "text": m.text, "start": m.start, "end": m.end, "found_by": m.source,
            "choice": r.place.name if r.place else None,
            "candidates": [
                {"name": s.place.name, "kind": s.place.kind, "country_code": s.place.cc,
                 "admin1": s.place.admin1, "population": s.place.pop,
                 "geonameid": s.place.geonameid, "lat": s.place.lat, "lon": s.place.lon,
                 "score": round(s.score, 2), "reasons": s.reasons}
                for s in r.ranked[:top]
            ],
        })
    return out


def run(args: argparse.Namespace) -> int:
    """Print the explanation as text (or JSON with --json)."""
    text = args.text if args.text != "-" else sys.stdin.read()
    if not text.strip():
        raise InputError("No text given: pass the text as an argument or '-' to read stdin.")
    result = explain(text, args.top)
    if args.json:
        print(json.dumps(result, indent=2, ensure_ascii=False))
        return 0
    if not result:
        print("no place names found")
    for item in result:
        print(f"{item['text']!r} [{item['start']}:{item['end']}] found by {item['found_by']}"
              f" -> {item['choice']}")
        for i, c in enumerate(item["candidates"]):
            mark = "*" if i == 0 else " "
            print(f"  {mark} {c['score']:6.2f} {c['name']} ({c['kind']}, {c['admin1'] or '-'}, "
                  f"{c['country_code'] or '-'}) id={c['geonameid']}: {'; '.join(c['reasons'])}")
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the `geocode` command."""
    parser = subparsers.add_parser(
        "geocode",
        help="show the place candidates for a text and why each was chosen",
        description=(
            "Find the place names in TEXT, list each one's gazetteer candidates with scores and "
            "reasons, and mark the choice. For debugging the geocoder.\n"
            'Example: eventcoder geocode "Gunmen attacked a bus in Karachi, Sindh."'
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("text", help="the text (or '-' to read standard input)")
    parser.add_argument("--top", type=int, default=4, help="candidates to show per place")
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")
    parser.set_defaults(func=run)
