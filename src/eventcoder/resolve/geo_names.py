"""Name normalisation shared by the gazetteer build and its lookups (one key per spelling)."""

from __future__ import annotations

import functools
import re
import unicodedata

_APOSTROPHES = "'’‘`´ʼʻ"
_SPACES = re.compile(r"\s+")
_DROP = re.compile(r"[.,()\"“”]")
_SEP = re.compile(r"[-‐‑–—_/]")


@functools.lru_cache(maxsize=200_000)
def norm(name: str) -> str:
    """Return the lookup key of a place name: accents, case, dots, hyphens and 'the' ignored.

    Example:
        >>> norm("Nord-Kivu"), norm("U.S."), norm("Côte d'Ivoire")
        ('nord kivu', 'us', 'cote divoire')
    """
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.lower()
    for ch in _APOSTROPHES:
        text = text.replace(ch, "")
    text = _DROP.sub("", text)
    text = _SEP.sub(" ", text)
    text = _SPACES.sub(" ", text).strip()
    if text.startswith("the "):
        text = text[4:]
    return text


def is_latin(name: str) -> bool:
    """True when every letter of ``name`` is Latin script (so English text can contain it)."""
    for ch in name:
        if ch.isalpha():
            try:
                if "LATIN" not in unicodedata.name(ch):
                    return False
            except ValueError:
                return False
    return True


# Administrative words that an admin unit's name may carry or drop in running text
# ("Jessore District" / "Jessore", "Province of Sindh" / "Sindh").
ADMIN_SUFFIXES = (
    " district", " province", " region", " governorate", " state", " division", " department",
    " prefecture", " municipality", " oblast", " county", " territory", " zone", " upazila",
    " commune", " parish", " emirate", " wilaya", " regional state", " local government area",
    " lga", " sub county", " subcounty", " city", " town", " village",
)
ADMIN_PREFIXES = ("province of ", "state of ", "region of ", "department of ", "district of ",
                  "cercle of ", "cercle de ")


def admin_variants(name: str) -> set[str]:
    """Keys under which an administrative unit can be named: with and without its type word."""
    key = norm(name)
    keys = {key}
    for suffix in ADMIN_SUFFIXES:
        if key.endswith(suffix) and len(key) > len(suffix) + 2:
            keys.add(key[: -len(suffix)].strip())
    for prefix in ADMIN_PREFIXES:
        if key.startswith(prefix) and len(key) > len(prefix) + 2:
            keys.add(key[len(prefix):].strip())
    return {k for k in keys if k}


_LEADING_MARKS = re.compile(r"^[^\w]+")
_JOINING_SLASH = re.compile(r"(?<=\w)/(?=\w)")
_TYPE_WORDS = {s.strip() for s in ADMIN_SUFFIXES if " " not in s.strip()}


def _fold(text: str) -> str:
    """Accent-free form of ``text`` (case kept)."""
    text = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in text if not unicodedata.combining(ch))


def tidy_unit_name(name: str, aliases: list[str]) -> str:
    """The spelling English news uses for a unit whose GeoNames name carries marks or a merged form.

    Click-letter and quote marks before the name go ('//Karas' → 'Karas', '‘Akkar' → 'Akkar'); a
    slash joining two names is a hyphen ('Taita/Taveta' → 'Taita-Taveta'); a hyphenated merged
    name whose first part GeoNames also lists with the unit's type word is that first part
    ('Kémo-Gribingui' with alias 'Kémo Prefecture' → 'Kemo').

    Example:
        >>> tidy_unit_name("//Karas", ["Karas Region"]), tidy_unit_name("Taita/Taveta", [])
        ('Karas', 'Taita-Taveta')
    """
    shown = _LEADING_MARKS.sub("", name) or name
    shown = _JOINING_SLASH.sub("-", shown)
    if "-" in shown and " " not in shown:
        first = shown.split("-")[0]
        for alias in aliases:
            words = _fold(alias).split()
            if len(words) == 2 and words[0] == _fold(first) and words[1].lower() in _TYPE_WORDS:
                return _fold(first)
    return shown
