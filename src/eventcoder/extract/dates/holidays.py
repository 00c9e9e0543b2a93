"""Days named by a holiday: 'on Christmas Eve', 'on New Year's Day', 'on Good Friday'.

Reports of attacks on worshippers and of holiday violence date them by the feast. The fixed
feasts of the Gregorian calendar and the Western Easter cycle resolve to a day: the latest
such day on or before the publication date (reports follow events). Lunar feasts (Eid,
Ramadan's end, Diwali) move with the moon and a country's announcement, and stay unresolved.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from dateutil.easter import easter

from eventcoder.document import DateInfo

# Bare 'Christmas' or 'Easter' names a season as often as a day; only the day's own name counts.
FIXED = {"christmas eve": (12, 24), "christmas day": (12, 25), "boxing day": (12, 26),
         "new year's eve": (12, 31), "new years eve": (12, 31), "new year eve": (12, 31),
         "new year's day": (1, 1), "new years day": (1, 1), "new year day": (1, 1)}
EASTER_OFFSETS = {"good friday": -2, "holy saturday": -1, "easter sunday": 0, "easter day": 0,
                  "easter monday": 1}
# A feast further back than this before publication is a past incident's, not the report's.
RECENT_DAYS = 31
_LEAD = re.compile(r"^(?:on\s+)?(?:the\s+)?(?:eve\s+of\s+)?")


def _on(name: str, year: int) -> date | None:
    if name in FIXED:
        month, day = FIXED[name]
        return date(year, month, day)
    if name in EASTER_OFFSETS:
        return easter(year) + timedelta(days=EASTER_OFFSETS[name])
    return None


def holiday_date(text: str, expr: str, published: date | None) -> DateInfo | None:
    """The day a holiday's name stands for, the latest on or before publication (within a
    month of it)."""
    name = _LEAD.sub("", text.strip().lower().replace("’", "'")).strip(" .,")
    day = _on(name, published.year) if published is not None else None
    if published is None or day is None:
        return None
    if day > published:
        day = _on(name, published.year - 1)
    if day is None or (published - day).days > RECENT_DAYS:
        return None
    iso = day.isoformat()
    return DateInfo(start=iso, end=iso, precision="day", text=expr,
                    note=f"the day of {name} before publication")
