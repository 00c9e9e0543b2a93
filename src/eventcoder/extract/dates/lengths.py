"""Spans of time written as lengths ("three days", "a 45-minute gunfight"): no moment in them."""

from __future__ import annotations

import re

LENGTH = re.compile(
    r"\b(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|few|many|couple"
    r"|second|third|fourth|fifth|consecutive|straight)\b(?:\s+\w+)?\s+(?:minutes?|hours?|days?"
    r"|nights?|weeks?|months?|years?|decades?)\b"
)
# "a 45-minute gunfight", "a two-hour siege": a length, whose number is no day or year
HYPHENED_LENGTH = re.compile(
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty"
    r"|forty|forty-five|fifty|ninety)-(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\b"
)
# A whole expression that is a length with a fractional count ("3.5 years", "2,5 months", as a
# sentence or a term is written): the date parser reads "3.5" as a day and a month.
FRACTIONAL_LENGTH = re.compile(
    r"^(?:(?:about|around|some|nearly|almost|over|more than|less than|up to)\s+)?"
    r"\d+[.,]\d+\s*(?:-\s*)?(?:minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?)$"
)
