"""Hyphenated compounds that name who holds, backs or houses something, not where it lies.

'Turkish-controlled Afrin', 'rebel-held Idlib', 'Russian-occupied Kherson': the word before the
hyphen names the holder of the place after it, so a demonym or country there is no evidence of
the place's country, while the participle marks the next capitalised word as a place (the way
'in' does). 'Iran-backed militias', 'a Lagos-based journalist', 'Saudi-led coalition': the
compound describes a body or a person, whose sponsor or home is not the scene of the deed.
"""

from __future__ import annotations

import re

# Participles saying a place is held by someone: the next word names a place.
HOLD_PARTICIPLES = frozenset({
    "controlled", "held", "occupied", "run", "ruled", "administered", "annexed", "besieged",
    "seized", "dominated", "governed", "captured", "blockaded", "encircled", "surrounded",
})
# Participles describing a body or person by its sponsor, leader or home.
_BODY_PARTICIPLES = ("backed", "led", "based", "supported", "sponsored", "funded", "armed",
                     "trained", "allied", "aligned", "affiliated", "linked", "owned", "born")
_COMPOUND_TAIL = re.compile(
    r"-(?:" + "|".join(sorted(HOLD_PARTICIPLES) + list(_BODY_PARTICIPLES)) + r")\b",
    re.IGNORECASE)


def holder_word(text: str, end: int) -> bool:
    """The name ending at text[end] opens a holder compound ('Turkish' of 'Turkish-controlled',
    'Lagos' of 'Lagos-based'): it names a holder, sponsor or home, not a place of the deed."""
    return bool(_COMPOUND_TAIL.match(text, end))


def held_place_cue(toks, i: int) -> bool:
    """Token i follows a hold compound ('Houthi-controlled Hodeidah'): a place's name, as after
    a locative word."""
    return i >= 3 and toks[i - 1].lower_ in HOLD_PARTICIPLES and toks[i - 2].text == "-" \
        and not toks[i - 3].whitespace_ and not toks[i - 2].whitespace_
