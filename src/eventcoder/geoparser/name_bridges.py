"""Tokens that join the words of one place name: 'Abdi-Wayeel', 'Bahr el Ghazal', 'Lanao del Sur',
'Yirga ‘Alem' (an ayn written as an opening quote mark, which the parser splits off)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Token

# Lower-case particles of Arabic, French, Portuguese and Spanish place names ('Bahr el Ghazal', 'Dar
# es Salaam', 'Rio de Janeiro', 'Valle del Cauca', 'Lanao del Sur').
PARTICLES = {"el", "al", "es", "ed", "ad", "ash", "as", "ar", "az", "de", "du", "des", "da", "do",
             "dos", "das", "del", "los", "las", "la", "le", "wa", "bin", "ben", "bou"}
# '‘' and 'ʿ' transliterate the Arabic ayn ('Yirga ‘Alem', 'ʿAdan').
AYN = ("\u2018", "\u02bf")
BRIDGE_TOKENS = {"-", "\xa0", *AYN, *PARTICLES}


def bridges(toks: Sequence[Token], j: int, capitalised: Callable[[Token], bool]) -> bool:
    """Whether the token after ``j`` joins it to a capitalised word of the same name: a hyphen
    with no space before it, a no-break space (its own token), a lower-case particle, or an ayn
    mark glued to the next word."""
    if j + 2 >= len(toks) or not capitalised(toks[j + 2]):
        return False
    mark = toks[j + 1].text
    return (mark == "-" and not toks[j].whitespace_) or mark == "\xa0" or mark in PARTICLES \
        or (mark in AYN and not toks[j + 1].whitespace_)
