"""Words written just before an actor mention that say whose actor it is.

A generic noun's mention is the noun alone ("soldiers"); the nationality that modifies it
("Saudi soldiers", "Ethiopian security forces") sits just before it in the text. Such an actor
keeps its own country wherever the event happens, like a mention that names it. So does one a
hedge gives it just after the noun ("warplanes believed to be Russian").
"""

from __future__ import annotations

import re

from eventcoder.geoparser.countries import code_for_name, demonym_code
from eventcoder.text.note_label import opening_label

# the one or two words directly before a mention, with no punctuation in between
_BEFORE = re.compile(r"(?:^|[^\w'’-])((?:[\w'’-]+ ){1,2})$")
_POSSESSIVE = re.compile(r"['’]s?$")
# "warplanes believed to be Russian", "a drone thought to have been Turkish"
_HEDGED_AFTER = re.compile(r"^\s+(?:believed|thought|suspected|said|presumed|understood)\s+to\s+"
                           r"(?:have\s+been|be)\s+([A-Z][\w'’-]+)(?:\s+([A-Z][\w'’-]+))?")
_BACKER = re.compile(r"-(?:backed|supported|sponsored|funded|financed|trained|armed|equipped)$",
                     re.IGNORECASE)


def nationality_before(text: str, start: int | None) -> str | None:
    """Country code of a nationality written directly before ``start`` ("Saudi forces"), or None."""
    if start is None or start <= 0:
        return None
    m = _BEFORE.search(text[max(0, start - 40):start])
    if m is None:
        return None
    words = m.group(1).split()
    if len(words) == 2 and (code := demonym_code(" ".join(words))):
        return code  # "Sri Lankan navy", "South Sudanese troops": a nationality of two words
    for word in reversed(words):
        if _BACKER.search(word):
            return None  # "Iran-backed militias": the country backs them, they are not its
        word = _POSSESSIVE.sub("", word)  # "Russia's drones", "Ethiopia's army": whose they are
        for part in (word, *word.split("-")[:1]):  # "Saudi-led"
            code = demonym_code(part) or (code_for_name(part) if part[:1].isupper() else None)
            if code:
                return code  # "Saudi armed forces": one word may stand between
    return None


def heading_end(text: str) -> int:
    """End offset of a leading event-kind label ("Movement of forces: "), or 0."""
    m = opening_label(text)  # it names the kind of event, not an actor
    return m.end() if m else 0


# What ties unnamed armed men to a group written after them: "gunmen of the CJNG", "attackers
# from the Gulf Cartel", "armed men believed to be members of the ELN". Such men are the group's
# (ACLED names the group, not an unidentified one beside it). "of" only after nouns of men:
# after a doer noun it names the victim ("the attackers of the army post").
_OF_OWNER = re.compile(r"\s+of\s+(?:the\s+)?", re.IGNORECASE)
_OWNER = re.compile(
    r"\s*,?\s+(?:(?:who\s+(?:are|were)\s+)?(?:believed|suspected|thought|said|reported|alleged)"
    r"\s+to\s+(?:be|have\s+been)\s+(?:members|fighters|militants|elements|part|men)\s+of"
    r"|from|belonging\s+to|linked\s+to|allied\s+(?:to|with)|affiliated\s+(?:to|with)"
    r"|(?:who\s+(?:are|were)\s+)?members\s+of)\s+(?:the\s+)?", re.IGNORECASE)
_MEN = re.compile(r"(?:men|man|bandits?|thugs|elements|individuals|persons|people)$",
                  re.IGNORECASE)


def owned_by_later_group(text: str, noun: str, end: int,
                         group_starts: frozenset[int]) -> bool:
    """True if the armed men ending at ``end`` are tied to a group mention that starts at one
    of ``group_starts`` ("gunmen of the CJNG", "armed men believed to be members of the ELN")."""
    for pattern in (_OWNER, _OF_OWNER if _MEN.search(noun) else None):
        m = pattern.match(text, end) if pattern else None
        if m and m.end() in group_starts:
            return True
    return False


def nationality_after(text: str, end: int | None) -> str | None:
    """Country code of a nationality a hedge predicates just after ``end`` ("warplanes believed
    to be Russian" → RU), or None."""
    m = _HEDGED_AFTER.match(text[end:end + 80]) if end is not None else None
    if m is None:
        return None
    if m.group(2) and (code := demonym_code(f"{m.group(1)} {m.group(2)}")):
        return code  # "believed to be South Sudanese"
    return demonym_code(m.group(1))
