"""Merge the generated Phoenix actor entries (data/actors_phoenix.json) into the curated KB.

A Phoenix group that shares a name (not a weak one) with a curated entry (same or compatible
country) adds its other names to that entry, and its source is cited beside the curated one; the
others become entries of their own. A Phoenix name that a curated entry already uses for another
actor, or that two Phoenix groups share, never resolves on its own: it is dropped or made weak (it
then needs the article's country).
"""

from __future__ import annotations

import functools
import json
import re
from collections import Counter
from collections.abc import Callable
from importlib import resources
from typing import Any

_NAME_KEYS = ("aliases", "acronyms")
# Words an acronym skips ("PFLP" of "Popular Front for the Liberation of Palestine").
_SKIPPED = frozenset({"of", "the", "for", "and", "al", "el", "de", "du", "des", "la", "le", "in",
                      "to", "et", "a", "di", "e", "y", "del", "los", "las", "i"})


def _initials(name: str) -> str:
    """The first letters of a name's words, hyphenated parts apart, function words skipped."""
    words = [w for w in re.split(r"[\s/]+", name) if w and w.lower() not in _SKIPPED]
    return "".join(p[0] for w in words for p in w.split("-") if p and p[0].isalpha()).upper()


def acronym_label(item: dict[str, Any]) -> str:
    """ACLED's label of a generated group: "ACRONYM: Name" when one of its acronyms (three
    letters or more) spells the name's initials ("BKI: Babbar Khalsa International"), as the
    ACLED Codebook names groups known by an acronym; the bare name otherwise."""
    label = str(item["acled"])
    if ":" in label:
        return label
    initials = _initials(label)
    for acronym in [*(item.get("acronyms") or ()), *(item.get("weak") or ())]:
        letters = acronym.replace("-", "")
        if len(letters) >= 3 and letters.isupper() and letters == initials:
            return f"{acronym}: {label}"
    return label


@functools.cache
def phoenix_entries() -> tuple[dict[str, Any], ...]:
    """The generated entries (empty when the data file is absent)."""
    path = resources.files("eventcoder.data").joinpath("actors_phoenix.json")
    if not path.is_file():
        return ()
    return tuple(json.loads(path.read_text(encoding="utf-8"))["actors"])


def _names(item: dict[str, Any], weak: bool = False) -> list[str]:
    keys = _NAME_KEYS + (("weak",) if weak else ())
    return [item["name"], *(n for k in keys for n in item.get(k) or ())]


def _compatible(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b


def merge_phoenix(curated: list[dict[str, Any]], norm: Callable[[str], str]) -> list[dict[str, Any]]:
    """Curated entries (extended with matching Phoenix names) followed by the other Phoenix ones."""
    owner: dict[str, int] = {}
    strong_owner: dict[str, int] = {}
    for i, item in enumerate(curated):
        for name in _names(item, weak=True):
            owner.setdefault(norm(name), i)
        for name in _names(item):
            strong_owner.setdefault(norm(name), i)
    merged = [dict(item) for item in curated]
    phoenix = list(phoenix_entries())
    shared = Counter(norm(n) for item in phoenix for n in set(_names(item)))
    extra: list[dict[str, Any]] = []
    taken = {norm(item["name"]) for item in curated}
    for item in phoenix:
        # A shared name ('PLA' of the Irish INLA and of Manipur's army) joins two entries only
        # when both name the same country; an own name joins any compatible one.
        same = {i for i in (owner.get(norm(n)) for n in _names(item, weak=True)) if i is not None
                and curated[i].get("country") and curated[i].get("country") == item.get("country")}
        same |= {i for i in (strong_owner.get(norm(n)) for n in _names(item)) if i is not None
                 and _compatible(curated[i].get("country"), item.get("country"))}
        if len(same) == 1:
            _extend(merged[min(same)], item, owner, min(same), norm)
            continue
        entry = _own_entry(item, owner, shared, norm)
        if norm(entry["name"]) in taken and entry.get("country"):
            # another actor of that name: the entry is told apart by its country
            entry["aliases"] = [*entry["aliases"], entry["name"]]
            entry["name"] = f"{entry['name']} ({entry['country']})"
        if norm(entry["name"]) not in taken:
            taken.add(norm(entry["name"]))
            extra.append(entry)
    return merged + extra


def _extend(entry: dict[str, Any], item: dict[str, Any], owner: dict[str, int], index: int,
            norm: Callable[[str], str]) -> None:
    for key in _NAME_KEYS:
        new = [n for n in ([item["name"]] if key == "aliases" else []) + list(item.get(key) or ())
               if owner.get(norm(n), index) == index and norm(n) not in
               {norm(x) for x in _names(entry, weak=True)}]
        if new:
            entry[key] = list(entry.get(key) or ()) + new
    entry["source"] = f"{entry['source']}; {item['source']}"


def _own_entry(item: dict[str, Any], owner: dict[str, int], shared: Counter[str],
               norm: Callable[[str], str]) -> dict[str, Any]:
    entry = dict(item)
    entry["acled"] = acronym_label(item)
    weak = list(item.get("weak") or ())
    for key in _NAME_KEYS:
        keep = []
        for name in item.get(key) or ():
            if norm(name) in owner:
                continue  # a curated actor's name
            (weak if shared[norm(name)] > 1 else keep).append(name)
        entry[key] = keep
    entry["weak"] = [n for n in weak if norm(n) not in owner]
    return entry
