"""A day and month in a threat, a plan or a warning look ahead: "threatened to attack the
pipeline on 2 May", "warned foreigners to leave before 14 August", "the trial will open on
3 June". Written without a year in a report of 21 March, such a date is this year's 2 May, not
last year's (the past reading suits a report of what happened, the usual case).
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

from eventcoder.document import DateInfo
from eventcoder.extract.intended import FUTURE_AUX
from eventcoder.nlp.doc_cache import ancestors, children

# Verbs and nouns of what is meant, feared or due to happen: their clause looks ahead.
PLAN_WORDS = frozenset({
    "threaten", "threat", "plan", "vow", "warn", "warning", "promise", "pledge", "schedule",
    "intend", "prepare", "deadline", "ultimatum", "due", "expect", "aim", "vote", "postpone",
})
_YEAR = re.compile(r"\b\d{4}\b")


def _future_verb(token: Any) -> bool:
    return any(c.dep_ in {"aux", "auxpass"} and c.lower_ in FUTURE_AUX for c in children(token))


def looks_ahead(gov: Any) -> bool:
    """True when the word a date hangs on is in a future clause or under a plan word (not the
    plan word itself: "warned on 2 May" dates the warning)."""
    if _future_verb(gov):
        return True
    for anc in ancestors(gov):
        if anc.lemma_.lower() in PLAN_WORDS or _future_verb(anc):
            return True
        if anc.dep_ in {"ROOT", "ccomp", "conj"} and anc.lemma_.lower() not in PLAN_WORDS:
            return False  # a clause of its own: what it tells is not what is planned
    return False


def forward(info: DateInfo, span_text: str, published: date | None) -> DateInfo:
    """The next occurrence of a day or month without a year that resolved before publication."""
    if published is None or info.start is None or info.precision not in {"day", "month"} \
            or _YEAR.search(span_text):
        return info
    start = date.fromisoformat(info.start)
    if start > published + timedelta(days=2):
        return info
    try:
        ahead = start.replace(year=start.year + 1)
    except ValueError:  # 29 February
        return info
    end = date.fromisoformat(info.end) if info.end else ahead
    end = end.replace(year=end.year + 1) if end < ahead else end
    note = "a day in a threat or a plan: the next such day after publication"
    return DateInfo(start=ahead.isoformat(), end=end.isoformat(), precision=info.precision,
                    text=info.text, note=note)
