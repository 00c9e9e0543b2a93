"""What a system could get right on a gold line at all: whether the text gives the gold day, and
whether the gazetteer holds the gold place.

The ACLED scoring rules count a date line when its text states *some* day, even when that day is
background ("after the new tax took effect on 1 March") and the event's own day is
written nowhere. Likewise a location line counts when the place is a village the gazetteer has
never heard of. These checks let the report show the figures on the attainable lines beside the
official ones, so a miss can be read as the system's fault or the data's.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from eventcoder.geoparser.distance import haversine_km

_MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august",
                "september", "october", "november", "december")
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _parse(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def _month_pattern(month: int) -> str:
    name = _MONTH_NAMES[month - 1]
    return rf"(?:{name}|{name[:3]}\.?{'|sept' if month == 9 else ''})"


def gold_day_written(text: str, gold_date: str | None, published: str | None) -> bool:
    """True when the text names the gold day itself: its day with its month, a numeric date, its
    weekday, or yesterday/today/last night counted from the publication date."""
    gold = _parse(gold_date)
    if gold is None:
        return False
    low = text.lower()
    day = rf"0?{gold.day}(?:st|nd|rd|th)?"
    month = _month_pattern(gold.month)
    if re.search(rf"\b{day}\s+(?:of\s+)?{month}\b|\b{month}\s+{day}\b", low):
        return True
    if re.search(rf"\b0?{gold.day}[/.-]0?{gold.month}\b|\b0?{gold.month}[/.-]0?{gold.day}[/.-]", low):
        return True
    if re.search(rf"\(\s*0?{gold.day}(?:st|nd|rd|th)\s*\)", low):
        return True
    if re.search(rf"\b{_WEEKDAYS[gold.weekday()]}\b", low):
        return True
    published_date = _parse(published)
    if published_date is None:
        return False
    lag = (published_date - gold).days
    if lag == 0 and re.search(r"\b(?:today|tonight|this morning)\b", low):
        return True
    if lag == 1 and re.search(r"\byesterday\b", low):
        return True
    return lag in (0, 1) and bool(re.search(r"\blast night\b", low))


def gazetteer_holds(gold: dict[str, Any]) -> bool:
    """True when the gazetteer has a place of the gold name within 50 km of the gold point."""
    from eventcoder.geoparser.gazetteer import get_gazetteer

    name, lat, lon = gold.get("location"), gold.get("lat"), gold.get("lon")
    if not name or lat is None or lon is None:
        return False
    return any(
        haversine_km(lat, lon, c.place.lat, c.place.lon) <= 50.0
        for c in get_gazetteer().lookup(name)
    )
