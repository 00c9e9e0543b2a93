"""Small comparison helpers for scoring extracted events against ACLED-style gold lines."""

from __future__ import annotations

import functools
import re

from eventcoder.text.fold import strip_accents
from eventcoder.text.words import MONTH_WORD

_REGIME_YEARS = re.compile(r"\s*\(\s*\d{4}\s*-\s*\d{0,4}\s*\)")

# Whether a text states the day of an event, per shared/eval/README.md ("How records are scored").
_MONTHS = MONTH_WORD
_DAY = r"(?:[0-3]?\d)(?:st|nd|rd|th)?"
_STATES_DAY = re.compile(
    r"\b(?:"
    r"mon|tues|wednes|thurs|fri|satur|sun)day\b"
    r"|\b(?:yesterday|today|tonight|last\s+night)\b"
    rf"|\b{_DAY}\s+(?:of\s+)?{_MONTHS}\b\.?"
    rf"|\b{_MONTHS}\.?\s+{_DAY}\b"
    r"|\b\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\b"
    r"|\b(?:[0-2]?\d|3[01])/(?:0?[1-9]|1[0-2])\b(?![/.-]?\d|\s+(?:days|weeks|months|years))"
    r"|\(\s*[0-3]?\d(?:st|nd|rd|th)\s*\)",
    re.IGNORECASE,
)


def states_day(text: str) -> bool:
    """True when the text names a day: a weekday, yesterday/today/tonight, day+month, numeric date."""
    return bool(_STATES_DAY.search(text))


def norm_name(value: str | None) -> str:
    """Fold accents, case, hyphens and punctuation so place and actor names compare by letters."""
    if not value:
        return ""
    folded = strip_accents(value).lower()
    folded = re.sub(r"[-‐‑–—_'’`.,]", " ", folded)
    return " ".join(folded.split())


def strip_regime_years(name: str) -> str:
    """Drop ACLED's bracketed regime years: "Military Forces of X (2001-)" → "Military Forces of X"."""
    return _REGIME_YEARS.sub("", name).strip()


def norm_actor(name: str | None) -> str:
    """Normalise an actor name for matching (regime years, accents, case, punctuation ignored)."""
    return norm_name(strip_regime_years(name or ""))



@functools.cache
def country_code(name: str) -> str | None:
    """ISO alpha-2 code of a country name as ACLED or a gazetteer writes it, or None."""
    if not name:
        return None
    try:
        import pycountry
    except ImportError:  # the comparison then falls back to names only
        return None
    candidates = [name]
    # ACLED writes a few names pycountry does not know under that spelling.
    low = norm_name(name)
    if "congo" in low:
        return "CD" if "democratic" in low or low.startswith("dr") else "CG"
    if low in {"ivory coast", "cote d ivoire"}:
        return "CI"
    if low == "eswatini" or low == "swaziland":
        return "SZ"
    for cand in candidates:
        try:
            return pycountry.countries.lookup(cand).alpha_2
        except LookupError:
            pass
    try:
        return pycountry.countries.search_fuzzy(name)[0].alpha_2
    except LookupError:
        return None


def same_country(gold: str | None, name: str | None, code: str | None) -> bool:
    """True when the extracted country (name or ISO code) is the gold country."""
    if not gold:
        return False
    if name and norm_name(name) == norm_name(gold):
        return True
    gold_code = country_code(gold)
    if gold_code is None:
        return False
    if code and code.upper() == gold_code:
        return True
    return bool(name) and country_code(name) == gold_code


def same_admin1(gold: str | None, value: str | None) -> bool:
    """True when two admin1 names are equal once accents, case and hyphens are ignored."""
    if not gold or not value:
        return False
    g, v = norm_name(gold), norm_name(value)
    return g == v or g.replace(" ", "") == v.replace(" ", "")
