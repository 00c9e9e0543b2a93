"""Why a gold actor was missed: the system's fault, or a label the text cannot give.

ACLED's actor labels carry more than the words of a report. "Rioters (Tunisia)" needs the
country, which a note naming only a village the gazetteer lacks does not give; "Military Forces of
Libya (2016-) Presidential Guard" needs the unit, which "pro-government forces" does not name;
"BRSC: Shura Council of Benghazi Revolutionaries" for "the militants in Ganfouda" is the coder's
knowledge of who held the district. Each miss is sorted into one cause, checked in this order, so
the report can show which misses a rule could fix at all:

- ``no event``: the line gave no event to carry actors;
- ``no country, text names no known place of it`` / ``no country, text names its place``: the
  label names the line's country and the event has none; the text either writes none of the gold
  place (where the gazetteer holds it), region or country, or writes one of them;
- ``wrong country``: the label names the line's country and the event another;
- ``state unit not in text``: a state force's unit ("Presidential Guard") no word of which the text
  has;
- ``named label not in text``: a named group neither whose acronym nor any distinctive word of
  whose name the text has;
- ``named label in text``: a named group the text does name (the system's miss);
- ``generic label, right country``: Rioters, Protesters, Civilians, an unidentified group, a
  state's forces: the country is right and the kind or the role is not.

The word checks lean towards "in text": one distinctive word of the name is enough, so a label is
called absent only when nothing of it is written.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from eventcoder.eval.ceilings import gazetteer_holds
from eventcoder.eval.metrics import norm_name, same_country, strip_regime_years

CAUSES = (
    "no event",
    "no country, text names no known place of it",
    "no country, text names its place",
    "wrong country",
    "state unit not in text",
    "named label not in text",
    "named label in text",
    "generic label, right country",
)
# Causes no rule following the text (and the installable gazetteers) can fix.
UNATTAINABLE = frozenset({"no country, text names no known place of it", "state unit not in text",
                          "named label not in text"})

# ACLED's generic labels: a kind of actor and, in brackets or after "of", the country.
_GENERIC = re.compile(
    r"^(?:Rioters|Protesters|Civilians|Unidentified (?:Armed Group|Communal Militia|Clan Militia)"
    r"|Vigilante Militia|Private Security Forces|Prisoners|Labour Group|Former Military Forces of"
    r"|Mutiny of Military Forces of|Military Forces of|Police Forces of|Government of"
    r"|Unidentified Military Forces|Unidentified Police Forces)\b")
_STATE_UNIT = re.compile(r"^(?:Military|Police) Forces of [^(]+\(\s*\d{4}\s*-\s*\d{0,4}\s*\)\s*(.+)$")
# Words of names that do not single a group out ("Forces", "Movement", "National").
_COMMON_WORDS = frozenset(
    "forces force military police militia militias communal ethnic clan group groups and for of the"
    " in movement front army brigade brigades battalion council state islamic national people"
    " peoples liberation union democratic popular republic mission united nations party"
    " revolutionary revolutionaries defence defense patriotic resistance alliance unit units"
    " government faction wing".split())


def _country_of_label(label: str) -> str | None:
    """The country an ACLED label names: "Rioters (Kenya)" → Kenya, "Police Forces of Kenya" →
    Kenya; None for labels without one. A named group's bracket ("AMISOM: ... (Kenya)") is the
    country its troops come from, not the event's."""
    if ":" in label:
        return None
    # before the regime years: "Military Forces of Libya (2014-) Haftar Faction" → Libya
    if m := re.match(r"^(?:.* )?(?:Forces|Government) of (.+?)\s*(?:\(|$)", label.strip()):
        return m.group(1).strip()
    if m := re.search(r"\(([^()\d]+)\)\s*$", strip_regime_years(label)):
        return m.group(1).strip()
    return None


def _distinctive_words(name: str) -> list[str]:
    return [w for w in norm_name(name).split() if len(w) >= 4 and w not in _COMMON_WORDS]


def _written(words: Iterable[str], text: str) -> bool:
    return any(re.search(rf"\b{re.escape(w)}", text) for w in words)


def _named_in_text(label: str, text: str) -> bool:
    """The label's acronym ("BRSC: ...") or one distinctive word of its name is in the text."""
    acronym, _, name = label.partition(":") if ":" in label else ("", "", label)
    if acronym and re.search(rf"\b{re.escape(norm_name(acronym))}\b", text):
        return True
    name = re.sub(r"\([^)]*\)", " ", name)
    return _written(_distinctive_words(name), text)


def _names_gold_place(gold: dict[str, Any], folded_text: str) -> bool:
    """The text writes the gold country, its admin1, or its place where the gazetteer holds it."""
    names = [gold.get("country"), gold.get("admin1")]
    if gazetteer_holds(gold):
        names.append(gold.get("location"))
    return any(n and re.search(rf"\b{re.escape(norm_name(n))}\b", folded_text) for n in names)


def miss_cause(label: str, gold: dict[str, Any], text: str, event_found: bool,
               country: str | None, country_code: str | None) -> str:
    """The cause (one of ``CAUSES``) of one missed gold actor label on a line."""
    folded = norm_name(text)
    if not event_found:
        return "no event"
    label_country = _country_of_label(label)
    if label_country and not same_country(gold.get("country"), label_country, None):
        label_country = None  # a foreign force or "(International)": not the event's country
    if label_country and not country:
        return ("no country, text names its place" if _names_gold_place(gold, folded)
                else "no country, text names no known place of it")
    if label_country and not same_country(label_country, country, country_code):
        return "wrong country"
    if unit := _STATE_UNIT.match(label.strip()):
        if not _written(_distinctive_words(unit.group(1)), folded):
            return "state unit not in text"
    if _GENERIC.match(label.strip()):
        return "generic label, right country"
    return "named label in text" if _named_in_text(label, folded) else "named label not in text"
