"""A place name glued to the next word by a typo ('in Lubumbashiafter a dispute', 'Kisumuon
Monday'): the name is the place when the rest is a short English function word.

The whole word is unknown to the gazetteer, so neither exact lookup nor the near-spelling search
(the tail adds too many letters) finds it. Only a long name (``MIN_NAME`` letters) of one country,
a province or a town of ``TOWN_MIN_POP`` (the near-spelling search's) is taken: a short or shared prefix could be anything.
"""

from __future__ import annotations

import re

from eventcoder.geoparser.fuzzy_world import TOWN_MIN_POP
from eventcoder.geoparser.gazetteer import ALTERNATE, Candidate, Gazetteer
from eventcoder.geoparser.names import norm
from eventcoder.geoparser.types import Resolved, near_spelling

MIN_NAME = 6
# Longest first, so 'Kisumuafter' splits at 'after', not at a shorter word inside it.
_TAILS = ("after", "during", "before", "where", "while", "when", "with", "from", "near", "over",
          "were", "was", "and", "the", "for", "on", "in", "at", "to", "of", "by")
_GLUED = re.compile(rf"([A-Z][a-z'’-]{{{MIN_NAME - 1},}}?)({'|'.join(_TAILS)})")


def glued_place(gaz: Gazetteer, surface: str) -> tuple[str, list[Candidate]] | None:
    """The place name a one-word ``surface`` opens with, glued to a function word, and its
    candidates, when they all lie in one country and one of them is a province or a sizeable town."""
    m = _GLUED.fullmatch(surface)
    if m is None:
        return None
    cands = [c for c in gaz.lookup_key(norm(m.group(1))) if c.flag <= ALTERNATE
             and c.place.kind not in ("country", "continent")]
    if len({c.place.cc for c in cands}) != 1 or not any(
            c.place.kind in ("adm1", "adm2") or c.place.pop >= TOWN_MIN_POP for c in cands):
        return None
    return m.group(1), cands


def glued_resolve(gaz: Gazetteer, text: str, spans: list[tuple[int, int, int]]
                  ) -> tuple[list[Resolved], list[tuple[int, int, int]]]:
    """Resolved mentions for unknown one-word names that are a place glued to the next word, and
    the spans left for the near-spelling search."""
    out, rest = [], []
    for start, end, sent in spans:
        hit = glued_place(gaz, text[start:end])
        if hit is None:
            rest.append((start, end, sent))
            continue
        name, cands = hit
        place = max((c.place for c in cands), key=lambda p: (p.kind == "city", p.pop))
        reason = f"'{text[start:end]}' is '{name}' glued to the next word"
        out.append(near_spelling((start, start + len(name), sent), name, place, 0.9, reason,
                                 text=text))
    return out, rest
