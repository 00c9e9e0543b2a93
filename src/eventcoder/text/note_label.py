"""The short category label a coder's note may open with ("Looting: ...", "Movement of forces:
...", "Attack without casualties: ..."): a capitalised phrase of up to four words, no digits,
ending in a colon. The typer reads it as a cue to the event's kind; the actor stage skips it,
since the words in it name a kind of event, not an actor. Both read the same opening."""

from __future__ import annotations

import re

OPENING_LABEL = re.compile(r"^\s*([A-Z][A-Za-z\-]*(?: [A-Za-z\-]+){0,3})\s*:\s+(?=\S)")


def opening_label(text: str) -> re.Match[str] | None:
    """The label phrase opening ``text`` (group 1), up to the text after its colon, or None."""
    return OPENING_LABEL.match(text)
