"""A sentence that places the incident in a series is no incident of its own.

Incident summaries close with "This was one of three related attacks in the province on this
date" or "The attack was part of a series of coordinated bombings". The sentence tells how the
incident just told relates to others (each with an entry of its own), so when the report tells
another incident, one read only from such sentences adds no record.
"""

from __future__ import annotations

import re
from typing import Any

from eventcoder.nlp.doc_cache import span_text

_DEED = r"(?:attacks?|bombings?|incidents?|assaults?|kidnappings?|abductions?|explosions?" \
    r"|killings?|ambushes|ambush|assassinations?|shootings?|raids?|blasts?|hijackings?)"
_SERIES = re.compile(
    r"^\s*(?:this|it|these|they|the\s+" + _DEED + r"|each\s+\w+)\s+(?:was|were|is|are)\s+"
    r"(?:(?:reportedly|believed\s+to\s+be|apparently)\s+)?"
    r"(?:one\s+of\s+(?:\w+\s+){0,3}" + _DEED
    + r"|(?:a\s+)?part\s+of\s+(?:a|an|the)\s+(?:\w+\s+){0,2}"
    r"(?:series|wave|spate|string|campaign|chain|set)\b)",
    re.IGNORECASE)


# "X claimed responsibility for the coordinated attacks": after a series sentence, a claim of
# the series as a whole, told by its definite plural, names no incident of its own either
_SERIES_CLAIM = re.compile(
    r"\b(?:claimed|claims|took|admitted|accepted)\s+(?:(?:responsibility|credit)\s+for\s+)?"
    r"(?:the|these|those|all|both)\s+(?:(?:\w+|\d+)\s+){0,2}?"
    r"(?:attacks|bombings|incidents|assaults|kidnappings|abductions|explosions|killings"
    r"|ambushes|assassinations|shootings|raids|blasts)\b", re.IGNORECASE)


def series_sentence(sentence_text: str) -> bool:
    """True for a sentence that only places an incident among related ones."""
    return bool(_SERIES.match(sentence_text))


def _series_claim(sentence_text: str) -> bool:
    """True for a claim of a series told by its definite plural ("claimed the attacks")."""
    return bool(_SERIES_CLAIM.search(sentence_text))


def series_only(sentence_ids: set[int] | list[int], sents: list[Any]) -> bool:
    """True when every sentence an incident is read from places an incident in a series (or,
    after such a sentence, claims the series as a whole)."""
    texts = [span_text(sents[i]) for i in sentence_ids]
    return any(series_sentence(t) for t in texts) \
        and all(series_sentence(t) or _series_claim(t) for t in texts)
