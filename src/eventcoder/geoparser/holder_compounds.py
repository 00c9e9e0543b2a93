"""Hyphenated compounds that name who holds a place or where a person lives, not a scene.

'Turkish-controlled Afrin', 'rebel-held Idlib', 'Russian-occupied Kherson': the word before the
hyphen names the holder of the place after it, so a demonym or country there is no evidence of
the place's country, while the participle marks the next capitalised word as a place (the way
'in' does). 'A Lagos-based journalist', 'a Kano-born trader': the compound names a person's home,
which is not the scene of the deed. A sponsor or leader ('Saudi-led coalition', 'Iran-backed
militia') is left alone: like 'Saudi forces' it names a party to the deed, whose country the
other stages weigh as they weigh any actor's; 'Palestinian-owned homes' too, as what a people
owns mostly stands in their land.
"""

from __future__ import annotations

import re

# Participles saying a place is held by someone: the next word names a place.
HOLD_PARTICIPLES = frozenset({
    "controlled", "held", "occupied", "run", "ruled", "administered", "annexed", "besieged",
    "seized", "dominated", "governed", "captured", "blockaded", "encircled", "surrounded",
})
# Participles naming a person's or a body's home.
_HOME_PARTICIPLES = ("based", "born", "headquartered")
_COMPOUND_TAIL = re.compile(
    r"-(?:" + "|".join(sorted(HOLD_PARTICIPLES) + list(_HOME_PARTICIPLES)) + r")\b",
    re.IGNORECASE)


def holder_word(text: str, end: int) -> bool:
    """The name ending at text[end] opens a holder compound ('Turkish' of 'Turkish-controlled',
    'Lagos' of 'Lagos-based'): it names a place's holder or a person's home, not the scene."""
    return bool(_COMPOUND_TAIL.match(text, end))


def held_place_cue(toks, i: int) -> bool:
    """Token i follows a hold compound ('Houthi-controlled Hodeidah'): a place's name, as after
    a locative word."""
    return i >= 3 and toks[i - 1].lower_ in HOLD_PARTICIPLES and toks[i - 2].text == "-" \
        and not toks[i - 3].whitespace_ and not toks[i - 2].whitespace_
