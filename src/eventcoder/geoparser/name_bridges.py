"""Tokens that join the words of one place name: 'Abdi-Wayeel', 'Bahr el Ghazal', 'Lanao del Sur',
'Yirga ‘Alem' (an ayn written as an opening quote mark, which the parser splits off),
'Croix-des-Bouquets' (a particle between hyphens)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Span, Token

from eventcoder.text.words import word_list

# Lower-case particles of Arabic, French, Portuguese and Spanish place names ('Bahr el Ghazal', 'Dar
# es Salaam', 'Rio de Janeiro', 'Valle del Cauca', 'Lanao del Sur').
PARTICLES = {"el", "al", "es", "ed", "ad", "ash", "as", "ar", "az", "de", "du", "des", "da", "do",
             "dos", "das", "del", "los", "las", "la", "le", "wa", "bin", "ben", "bou"}
# '‘' and 'ʿ' transliterate the Arabic ayn ('Yirga ‘Alem', 'ʿAdan').
AYN = ("\u2018", "\u02bf")
# Lower-case particles written between hyphens inside one name ('Croix-des-Bouquets', 'Port-de-Paix',
# 'Pul-e-Charkhi'): the Romance ones of place names here, the Persian and Urdu ezafe and the Arabic
# article ('Mazar-i-Sharif', 'Deir-ez-Zor') from the list group names share (words.yaml).
HYPHEN_PARTICLES = word_list("hyphen_name_particles") | {
    "des", "de", "du", "la", "le", "les", "sur", "en", "aux", "au", "à", "da", "do", "di"}


def bridge_step(toks: Sequence[Token], j: int, capitalised: Callable[[Token], bool]) -> int:
    """Tokens to add to a name ending at token ``j`` to reach the next word of the same name: 4
    over '-des-' ('Croix-des-Bouquets'), 2 over one joining token (see ``bridges``), else 0."""
    return _hyphen_particle_step(toks, j, capitalised) or (2 if bridges(toks, j, capitalised) else 0)


def _hyphen_particle_step(toks: Sequence[Token], j: int, capitalised: Callable[[Token], bool]) -> int:
    """4 when '-des-Bouquets' continues the name at token j, else 0."""
    if j + 4 >= len(toks) or toks[j].whitespace_:
        return 0
    dash1, particle, dash2, name = toks[j + 1], toks[j + 2], toks[j + 3], toks[j + 4]
    if dash1.text != "-" or dash2.text != "-" or particle.lower_ not in HYPHEN_PARTICLES:
        return 0
    if dash1.whitespace_ or particle.whitespace_ or dash2.whitespace_:
        return 0
    return 4 if capitalised(name) else 0


def bridges(toks: Sequence[Token], j: int, capitalised: Callable[[Token], bool]) -> bool:
    """Whether the token after ``j`` joins it to a capitalised word of the same name: a hyphen
    with no space before it, a no-break space (its own token), a lower-case particle, or an ayn
    mark glued to the next word."""
    if j + 2 >= len(toks) or not capitalised(toks[j + 2]):
        return False
    mark = toks[j + 1].text
    return (mark == "-" and not toks[j].whitespace_) or mark == "\xa0" or mark in PARTICLES \
        or (mark in AYN and not toks[j + 1].whitespace_)


def hyphen_end(ent: Span, known: Callable[[str], bool]) -> int | None:
    """The end of a name the NER cut before a hyphened particle ('Qala' of 'Qala-i-Naw',
    'Mazar' of 'Mazar-i-Sharif'), when the whole is a ``known`` place, else None: the cut
    name alone matches namesakes abroad."""
    toks = ent.doc
    j = ent.end - 1
    step = _hyphen_particle_step(toks, j, lambda t: t.text[:1].isupper() and t.is_alpha)
    if not step:
        return None
    end = toks[j + step].idx + len(toks[j + step])
    return end if known(toks.text[ent.start_char : end]) else None
