"""ACLED labels of named groups the knowledge base lacks, as the training records write them.

ACLED names many groups "ACRONYM: Full Name" ("UPLC: Union of Patriots for the Liberation of
Congo"). A group the text names only by its acronym or only by its full name, and that no KB entry
knows, gets that label when the training records (`data/actor_theatres.yaml`, learned from
acled_train.jsonl only) hold exactly one label with that acronym or that full name, coded in
the article's country: "ANC" in Kenya is the Amani National Congress, not South Africa's party.
"""

from __future__ import annotations

import functools
import re

from eventcoder.datafiles import load_data
from eventcoder.document import Actor
from eventcoder.geoparser.names import norm
from eventcoder.resolve.actors.hits import Hit, group_kind, overlaps

# "UPLC: Union of …", "SPLA/M-In Opposition: …", "NDC-R: …"
_ACRONYM_LABEL = re.compile(r"^(?P<acr>[A-Z][A-Za-z0-9/&'-]{1,24}): (?P<full>.+)$")
_REGIME = re.compile(r"\s*\(\d{4}-\d{0,4}\)")
# Two-letter keys ("UN", "OR", "LF") are too often other words or other bodies.
MIN_KEY_CHARS = 3


@functools.cache
def theatre_labels() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(ACLED actor label, countries of its training lines), one per label of the training
    records' actor table (a table key joins the labels coded together with ';')."""
    return tuple((label.strip(), tuple(countries))
                 for raw, countries in (load_data("actor_theatres.yaml").get("actors") or {}).items()
                 for label in str(raw).split(";"))


@functools.cache
def _labels() -> dict[str, tuple[str, frozenset[str]] | None]:
    """Acronym or full name (normalised) → (the one label holding it, its countries); None
    where several labels hold it."""
    out: dict[str, tuple[str, frozenset[str]] | None] = {}
    for label, countries in theatre_labels():
        m = _ACRONYM_LABEL.match(label)
        if not m:
            continue
        for key in (m.group("acr"), _REGIME.sub("", m.group("full"))):
            k = norm(key)
            if len(k) < MIN_KEY_CHARS:
                continue
            seen = out.get(k, (label, frozenset()))
            out[k] = (label, seen[1] | frozenset(countries)) \
                if seen is not None and seen[0] == label else None
    return out


def trained_label(name: str, country: str | None) -> str | None:
    """The training records' one ACLED label for an acronym or full name coded in ``country``."""
    found = _labels().get(norm(name)) if name else None
    if found is None or (country is not None and country not in found[1]):
        return None
    return found[0]


def label_unknown_groups(actors: list[Actor]) -> None:
    """Give groups the KB does not know the training records' label for their name."""
    for actor in actors:
        if actor.known or actor.kind not in {"armed group", "militia", "political party"}:
            continue
        if actor.acled_name not in (None, actor.name):
            continue
        label = next((lab for n in [actor.name, *actor.aliases]
                      if (lab := trained_label(n, actor.country))), None)
        if label:
            actor.acled_name = label


# A bare acronym as written: capitals and digits, with an inner hyphen or slash ("NDC-R").
_BARE_ACRONYM = re.compile(r"(?<![\w/-])[A-Z][A-Z0-9]+(?:[-/][A-Z0-9]+)*(?![\w/-])")


def trained_acronym_hits(text: str, taken: list[tuple[int, int]],
                         country: str | None) -> list[Hit]:
    """Hits for bare acronyms no finder read ("The UPLC briefly occupied Kipese") that the
    training records give exactly one label coded in the article's country.

    An acronym names its group whether or not spaCy tags it; the country must be known and be
    one the label was coded in, so "ANC" in Kenya is never South Africa's party."""
    if country is None:
        return []
    out: list[Hit] = []
    for m in _BARE_ACRONYM.finditer(text):
        acr = m.group(0)
        if len(acr) < MIN_KEY_CHARS or overlaps(m.start(), m.end(), taken):
            continue
        found = _labels().get(norm(acr))
        if found is None or country not in found[1]:
            continue
        label = found[0]
        head = _ACRONYM_LABEL.match(label)
        if head is None or norm(head.group("acr")) != norm(acr):
            continue  # the key was a full name, not this acronym
        full = _REGIME.sub("", head.group("full"))
        out.append(Hit(m.start(), m.end(), acr, f"new:{norm(label)}", full, group_kind(full),
                       label, country))
    return out


_SUB_CLAN_LABEL = re.compile(r"^(?P<parent>[^()]+?)-(?P<sub>[^()-]+) Sub-Clan Militia "
                             r"\((?P<country>[^()]+)\)$")
_CLAN_LABEL = re.compile(r"^(?P<clan>[^()]+) Clan Militia \((?P<country>[^()]+)\)$")


@functools.cache
def _sub_clans() -> dict[tuple[str, str], str | None]:
    """(sub-clan, country name) → the training records' one "<Clan>-<Sub-clan> Sub-Clan Militia
    (<country>)" label holding it; None where several clans share the sub-clan's name."""
    out: dict[tuple[str, str], str | None] = {}
    for label, _countries in theatre_labels():
        m = _SUB_CLAN_LABEL.match(label)
        if m:
            key = (norm(m.group("sub")), m.group("country"))
            out[key] = label if out.get(key, label) == label else None
    return out


def sub_clan_label(acled: str | None) -> str | None:
    """ACLED's label for a clan militia the text names by its sub-clan alone ("militiamen of the
    Ayr sub-clan" → "Habar Gedir-Ayr Sub-Clan Militia (Somalia)"): ACLED names a sub-clan after
    its clan, which the training records hold."""
    m = _CLAN_LABEL.match(acled or "")
    if m is None:
        return None
    return _sub_clans().get((norm(m.group("clan")), m.group("country")))
