"""ACLED's date-dependent names for state forces and de facto authorities.

ACLED names a state's forces after the government in power at the event date: "Military Forces
of Kenya (2002-2013)" before April 2013, "(2013-)" after (``data/state_periods.yaml``). Where an
armed movement holds state power without recognition, its forces are coded as a branch of the
state's forces for the years it ruled: the Houthis' "Military Forces of Yemen (2016-) Supreme
Political Council", Haftar's "Military Forces of Libya (2014-) Haftar Faction"; and some actors
carry another name for part of their history: the Saudi-led coalition in Yemen is "Operation
Restoring Hope" from April 2015 (``data/actor_periods.yaml``).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any

from eventcoder.datafiles import load_data
from eventcoder.geoparser.countries import code_for_name, country_name

# "Military Forces of Kenya", "Police Forces of the Democratic Republic of Congo (2019-)",
# "Government of Nigeria (2015-) Something": class, country, bracket, branch.
_STATE_LABEL = re.compile(
    r"^(?P<cls>Military Forces|Police Forces|Government) of (?P<country>.+?)"
    r"(?:\s*\((?P<years>\d{4}-\d{0,4})\)(?:\s+(?P<branch>\S.*))?)?$"
)


@dataclass(frozen=True)
class Period:
    """One government's time in power, as ACLED writes it into state labels."""

    since: str
    until: str | None
    years: str
    name: str | None = None
    branch: str | None = None

    def holds(self, day: str) -> bool:
        """True if ``day`` (ISO date) falls in the period."""
        return self.since <= day and (self.until is None or day < self.until)


@dataclass(frozen=True)
class Authority:
    """A movement whose forces ACLED codes as a branch of a state's forces from a date."""

    actor: str
    country: str
    since: str
    until: str | None
    years: str
    branch: str


@dataclass(frozen=True)
class DatedName:
    """An ACLED name an actor carries for part of its history."""

    actor: str
    since: str
    until: str | None
    acled: str  # "{years}" stands for the ruling period of `country` on the day
    country: str | None = None
    where: str | None = None  # only for events in this country


def _day(value: Any) -> str | None:
    return None if value is None else str(value)[:10]


def _years(entry: dict[str, Any]) -> str:
    if entry.get("years"):
        return str(entry["years"])
    until = _day(entry.get("until"))
    return f"{str(entry['since'])[:4]}-{until[:4] if until else ''}"


@functools.cache
def periods() -> dict[str, tuple[Period, ...]]:
    """Ruling periods by ISO country code (data/state_periods.yaml)."""
    out: dict[str, tuple[Period, ...]] = {}
    for code, rows in load_data("state_periods.yaml")["periods"].items():
        out[code] = tuple(
            Period(_day(r["since"]) or "", _day(r.get("until")), _years(r), r.get("name"),
                   r.get("branch"))
            for r in rows
        )
    return out


@functools.cache
def _actor_periods() -> tuple[tuple[Authority, ...], tuple[DatedName, ...]]:
    data = load_data("actor_periods.yaml")
    authorities = tuple(
        Authority(r["actor"], r["country"], _day(r["since"]) or "", _day(r.get("until")),
                  _years(r), r["branch"])
        for r in data.get("authorities") or []
    )
    names = tuple(
        DatedName(r["actor"], _day(r.get("since")) or "", _day(r.get("until")), r["acled"],
                  r.get("country"), r.get("where"))
        for r in data.get("names") or []
    )
    return authorities, names


def period_at(code: str | None, day: str | None) -> Period | None:
    """The government in power in a country on a day, or None when unknown."""
    if not code or not day:
        return None
    return next((p for p in periods().get(code, ()) if p.holds(day)), None)


def state_label(cls: str, code: str, day: str | None, branch: str | None = None) -> str | None:
    """ACLED's label for a state's forces on a day: "Police Forces of Kenya (2013-)"."""
    period = period_at(code, day)
    name = (period.name if period else None) or country_name(code)
    if not name:
        return None
    label = f"{cls} of {name}"
    if period is None:
        return f"{label} {branch}" if branch else label
    return " ".join(x for x in (f"{label} ({period.years})", branch or period.branch) if x)


def parse_state_label(label: str) -> tuple[str, str, str | None, str | None] | None:
    """(class, country code, bracket, branch) of a state label, or None. Without a bracket the
    longest country name wins and the rest is the branch ("Police Forces of Kenya Prison
    Guards")."""
    m = _STATE_LABEL.match(label)
    if m is None:
        return None
    name, branch = m.group("country"), m.group("branch")
    code = code_for_name(re.sub(r"^the\s+", "", name))
    if code is None and not m.group("years"):
        words = name.split()
        for i in range(len(words) - 1, 0, -1):
            code = code_for_name(re.sub(r"^the\s+", "", " ".join(words[:i])))
            if code:
                branch = " ".join(words[i:])
                break
    return (m.group("cls"), code, m.group("years"), branch) if code else None


def dated_state_label(label: str, day: str | None) -> str:
    """Put the ruling period of ``day`` into a state label ("Military Forces of Kenya" →
    "Military Forces of Kenya (2013-)"); other labels, and unknown periods, are kept."""
    parsed = parse_state_label(label) if day else None
    if parsed is None:
        return label
    cls, code, years, branch = parsed
    period = period_at(code, day)
    if period is None:
        return label
    if years and branch:
        return label  # a unit the knowledge base names ("... (1982-) Rapid Intervention Battalion")
    if years and period.branch:
        return label  # in a split state the bracket says which side ("Libya (2014-)": Tobruk's)
    return state_label(cls, code, day, branch) or label


@functools.cache
def _units() -> tuple[tuple[re.Pattern[str], str, str | None, frozenset[str]], ...]:
    """(cue, branch, class or None for the country's own choice, countries where the unit is
    the plain police) of named state units."""
    rows = load_data("state_periods.yaml").get("units") or []
    return tuple((re.compile(r["cue"], re.IGNORECASE), r["branch"], r.get("cls"),
                  frozenset(r.get("police_in") or ())) for r in rows)


@functools.cache
def _gendarmerie_class() -> dict[str, str]:
    return {code: row["cls"] for code, row in
            (load_data("state_periods.yaml").get("gendarmerie") or {}).items()}


def _label_country(label: str) -> str | None:
    parsed = parse_state_label(label)
    if parsed is not None:
        return None if parsed[3] else parsed[1]  # a label with its own branch is not rebuilt
    m = re.search(r"\(([^()]+)\)$", label)
    return code_for_name(m.group(1)) if m else None


def unit_label(label: str, mention: str | None, day: str | None) -> str | None:
    """The state unit a mention names, in the label's country ("gendarmes" + "Police Forces of
    Cameroon" → "Military Forces of Cameroon (1982-) Gendarmerie"), or None."""
    if not mention or label.startswith("Government"):
        return None
    for cue, branch, cls, police_in in _units():
        if cue.search(mention):
            code = _label_country(label)
            if code is None:
                return None
            if code in police_in:
                return state_label("Police Forces", code, day)
            cls = cls or _gendarmerie_class().get(code, "Police Forces")
            return state_label(cls, code, day, branch)
    return None


def authority_label(actor_name: str, day: str | None, cls: str = "Military Forces") -> str | None:
    """The state branch a de facto authority's forces are coded as on ``day``, or None."""
    if not day:
        return None
    for a in _actor_periods()[0]:
        if a.actor == actor_name and a.since <= day and (a.until is None or day < a.until):
            name = country_name(a.country)
            return f"{cls} of {name} ({a.years}) {a.branch}" if name else None
    return None


_LABEL_YEARS = re.compile(r"\s*\(\d{4}-\d{0,4}\)$")


def dated_name(actor_name: str, day: str | None, where: str | None = None) -> str | None:
    """The ACLED name an actor (a KB name or a state label) carries on ``day`` for an event in
    country ``where`` when it differs by date or theatre, or None."""
    if not day:
        return None
    bare = _LABEL_YEARS.sub("", actor_name)
    for n in _actor_periods()[1]:
        if n.actor in (actor_name, bare) and n.since <= day \
                and (n.until is None or day < n.until) and (n.where is None or n.where == where):
            if "{years}" not in n.acled:
                return n.acled
            period = period_at(n.country, day)
            return n.acled.format(years=period.years) if period else None
    return None
