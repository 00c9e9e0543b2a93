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
