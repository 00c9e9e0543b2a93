"""Fit the toponym prior's weights (population, alternate spelling) on training gold lines.

For each training line the text is parsed and geoparsed without its source; every place mention
with two or more distinct candidates, one of which is the gold place (same country, and the gold
location's or province's name or within ``NEAR_KM`` of the gold point), is one example. The score
of each candidate is split into the part the fitted weights set (population and name-flag terms)
and the rest (kind, capital, the article's context); a grid search then finds the weights under
which the top-scored candidate is most often the gold one. A held-back tenth (the split of :mod:`eventcoder.fit.weights`) compares them with
the weights in use.
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass
from pathlib import Path

from eventcoder.eval.metrics import country_code
from eventcoder.fit.publishers import read_lines
from eventcoder.fit.weights import held_back_split
from eventcoder.geoparser import resolve as geo_resolve
from eventcoder.geoparser import toponym_prior as prior
from eventcoder.geoparser.distance import haversine_km
from eventcoder.geoparser.gazetteer import ALTERNATE, Candidate, get_gazetteer
from eventcoder.geoparser.names import norm
from eventcoder.geoparser.recognize import Mention, find_mentions
from eventcoder.geoparser.types import Scored

NEAR_KM = 30.0
GRID_POP = (0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7)
GRID_ALT = (-3.0, -2.5, -2.0, -1.75, -1.5, -1.25, -1.0, -0.75, -0.5, -0.25, 0.0)


@dataclass
class Cand:
    """One candidate of a mention: the score without the fitted terms, and what they read."""

    rest: float
    log_pop: float
    alternate: bool
    large: bool  # a city of LARGE_CITY people or more
    gold: bool
    kind: str = ""  # kept for looking into the errors, not fitted on
    pop: int = 0


def _is_gold(s: Scored, gold: dict) -> bool:
    p = s.place
    if p.cc != country_code(gold.get("country") or "") or p.kind == "country":
        return False
    # what is scored is country, province and place: a town in the gold province is as right as
    # the province itself ('Basrah' city for an event elsewhere in Basra governorate)
    if norm(gold.get("admin1") or "") in {norm(p.name if p.kind == "adm1" else ""), norm(p.admin1 or "")}:
        return True
    if norm(p.name) == norm(gold.get("location") or ""):
        return True
    return gold.get("lat") is not None and haversine_km(
        p.lat, p.lon, float(gold["lat"]), float(gold["lon"])) <= NEAR_KM


def _split(s: Scored) -> Cand:
    """Take the fitted terms out of a candidate's score."""
    log_pop = math.log10(s.place.pop + 10)
    p = s.place
    rest = s.score - prior.W_POP * log_pop - prior.alternate_penalty(s.flag, p.pop, p.kind)
    large = prior.large_city(p.pop, p.kind)
    return Cand(rest, log_pop, s.flag == ALTERNATE, large, False, p.kind, p.pop)


def collect(lines: list[dict]) -> list[list[Cand]]:
    """Geoparse each line (no source) and gather its ambiguous mentions' candidates."""
    from eventcoder.nlp.model import load_nlp

    gaz = get_gazetteer()
    last: dict[int, list[Scored]] = {}
    orig = geo_resolve._score

    def spy(m: Mention, cands: list[Candidate], ctx: object) -> list[Scored]:
        out = orig(m, cands, ctx)  # type: ignore[arg-type]
        last[id(m)] = out  # the last pass is the one the choice is made on
        return out

    examples: list[list[Cand]] = []
    geo_resolve._score = spy
    try:
        for line, doc in zip(lines, load_nlp().pipe(line["text"] for line in lines), strict=True):
            last.clear()
            mentions = find_mentions(doc, gaz)
            geo_resolve.resolve_mentions(mentions)
            gold = line.get("gold") or {}
            for m in mentions:
                ranked = last.get(id(m)) or []
                if len({s.place.gid for s in ranked}) < 2:
                    continue
                cands = [_split(s) for s in ranked]
                for c, s in zip(cands, ranked, strict=True):
                    c.gold = _is_gold(s, gold)
                if any(c.gold for c in cands) and not all(c.gold for c in cands):
                    examples.append(cands)
    finally:
        geo_resolve._score = orig
    return examples


def top1_rate(examples: list[list[Cand]], w_pop: float, alt_small: float,
              alt_large: float) -> float:
    """Share of examples whose top candidate under these weights is a gold one."""
    hits = 0
    for cands in examples:
        best = max(cands, key=lambda c: c.rest + w_pop * c.log_pop + (
            (alt_large if c.large else alt_small) if c.alternate else 0.0))
        hits += best.gold
    return hits / len(examples) if examples else 0.0


def grid(examples: list[list[Cand]]) -> tuple[float, float, float]:
    """The (W_POP, small-place, large-city alternate penalty) with the best top-1 rate."""
    best = max(itertools.product(GRID_POP, GRID_ALT, GRID_ALT),
               key=lambda w: (round(top1_rate(examples, *w), 6),
                              # among ties, the weights nearest those in use
                              -abs(w[0] - prior.W_POP)
                              - abs(w[1] - prior.W_FLAG[ALTERNATE])
                              - abs(w[2] - prior.W_ALT_LARGE_CITY)))
    return best


def fit_report(paths: list[Path], limit: int | None = None) -> str:
    """Collect, fit on 90% and compare with the weights in use on the held-back 10%."""
    lines = read_lines(paths)[:limit]
    examples = collect(lines)
    fit_on, held = held_back_split(examples)
    now = (prior.W_POP, prior.W_FLAG[ALTERNATE],
           prior.W_ALT_LARGE_CITY)
    fitted = grid(fit_on)
    return (f"{len(lines)} lines, {len(examples)} ambiguous mentions with a gold candidate\n"
            f"in use {now}: fit set {top1_rate(fit_on, *now):.3f}, "
            f"held-back {top1_rate(held, *now):.3f}\n"
            f"fitted {fitted}: fit set {top1_rate(fit_on, *fitted):.3f}, "
            f"held-back {top1_rate(held, *fitted):.3f}")
