"""A date entity without the lapse spaCy runs on into ("Thursday night, hours after ...")."""

from __future__ import annotations

import re
from typing import Any

# "on Thursday night, hours after ...", "on Tuesday evening, less than three months after ...",
# "on Monday after weeks of fighting", "On 3 March 2014, a week after the vote": spaCy's date
# runs on into the lapse that follows it.
_LAPSE = re.compile(r"(?:,\s*|\s+(?:after|following|before)\s+)"
                    r"(?:(?:just|only|barely|some|a few|several|less than|more than|nearly|"
                    r"almost|about|over|under)\s+)?(?:\w+ )?"
                    r"(?:hours?|days?|minutes?|weeks?|months?|years?|moments)\b", re.IGNORECASE)


def cut_lapse(ent: Any) -> Any:
    """The date without the lapse it runs on into ("Thursday night, hours" → "Thursday night",
    "Monday after weeks" → "Monday")."""
    m = _LAPSE.search(ent.text)
    if m is None or m.start() == 0:
        return ent
    cut = ent.doc.char_span(ent.start_char, ent.start_char + m.start(), alignment_mode="contract")
    return cut if cut is not None and len(cut) else ent
