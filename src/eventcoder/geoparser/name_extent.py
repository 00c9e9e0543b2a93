"""Where a place name begins and ends inside the text the NER or a capitalised run gives: a list
of places in one entity ('Beni and Lubero'), a name the NER cut at its particles ('San Antonio de
los' of 'San Antonio de los Banos'), a name split into two entities ('Baja' 'California'), a landform's 'of' name ('Port of Spain', 'the Gulf of
Guinea'), and the agency a dateline credits in brackets ('AMMAN (Petra) --')."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from spacy.tokens import Doc, Span, Token

from eventcoder.geoparser.name_bridges import PARTICLES
from eventcoder.nlp.doc_cache import doc_text


def split_list(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split 'Columbia, Mo.', 'Beni and Lubero' or 'Kamanyola (South Kivu' (an entity run on
    into the brackets of its units) inside one entity into its places."""
    span = text[start:end]
    parts = []
    pos = 0
    for m in re.finditer(r",\s*|\s+and\s+|\s*[()\[\]]\s*", span):
        parts.append((start + pos, start + m.start()))
        pos = m.end()
    parts.append((start + pos, end))
    return [(s, e) for s, e in parts if e > s]


def particle_end(doc: Doc, ent: Span, known: Callable[[str], bool]) -> int | None:
    """The end of a name the NER cut at its particles ('San Antonio de los' of 'San Antonio de los
    Banos'): the capitalised word after one or two particles, when the cut name is itself a
    ``known`` place (a namesake, 'San Antonio' of Texas, would take the mention), else None."""
    k = ent.end
    while k > ent.start + 1 and doc[k - 1].lower_ in PARTICLES:
        k -= 1  # the particles the entity already holds
    if not known(doc[ent.start : k].text):
        return None
    particles = 0
    while k < len(doc) and doc[k].lower_ in PARTICLES and particles < 2:
        k, particles = k + 1, particles + 1
    if not particles or k >= len(doc) or not doc[k].text[:1].isupper() or not doc[k].is_alpha:
        return None
    return doc[k].idx + len(doc[k])


def split_pairs(ents: Sequence[Span], labels: set[str],
                known: Callable[[str], bool]) -> list[tuple[Span, Span]]:
    """Two place entities that are one name: spaCy splits a name at a no-break space ('Yirga\xa0
    Alem') or after a first word it takes for a name of its own ('Baja' 'California'). Joined
    by a plain space only when the whole is ``known`` ('Lagos Nigeria' in a headline stays two);
    by 'and' too when the whole is known: 'Jammu and Kashmir' is one state, not a city and a
    region ('Beni and Lubero', two towns, is no name)."""
    text = doc_text(ents[0].doc) if ents else ""
    out = []
    for e1, e2 in zip(ents, ents[1:], strict=False):
        gap = text[e1.end_char : e2.start_char]
        if e1.label_ in labels and e2.label_ in labels and (
                gap == "\xa0" or (gap in (" ", " and ") and known(text[e1.start_char : e2.end_char]))):
            out.append((e1, e2))
    return out


def landform_of_end(toks: Sequence[Token], i: int, capitalised: Callable[[Token], bool],
                    landforms: set[str]) -> int | None:
    """The last token of a capitalised landform's 'of' name starting at i ('Port of Spain',
    'Bay of Bengal', up to three words after 'of'), or None."""
    if not (toks[i].lower_ in landforms and toks[i].text[:1].isupper() and i + 2 < len(toks)
            and toks[i + 1].lower_ == "of" and capitalised(toks[i + 2])):
        return None
    end = i + 2
    while end + 1 < len(toks) and end - i < 4 and capitalised(toks[end + 1]):
        end += 1
    return end


def add_longest(toks: Sequence[Token], i: int, end: int, add: Callable[..., bool], sent: int) -> None:
    """Add the longest name from token i the gazetteer knows ('Port of Spain'), down to the word
    after 'of' at the shortest; no place at all when none is known, never the bare name after
    'of' (the country 'Guinea' of 'the Gulf of Guinea')."""
    for b in range(end, i + 1, -1):
        if add(toks[i].idx, toks[b].idx + len(toks[b]), "GAZ_STRONG", sent):
            return


def credit_span(dateline: str, place_end: int, place_len: int) -> range:
    """Character offsets of the bracketed credit in a dateline ('AMMAN (Petra) --'): the agency
    credited, no place."""
    m = re.search(r"\([^)]*\)", dateline[place_len:])
    return range(place_end + m.start(), place_end + m.end()) if m else range(0)


def mark(taken: list[bool], span: range) -> None:
    """Mark the characters of ``span`` taken: no place is read there."""
    for at in span:
        taken[at] = True


# A feature noun after a name: 'Sambisa forest', 'Virunga National Park', 'the Nuba mountains'.
_FEATURE_TAIL = re.compile(r"[ \t]+(?:(?:national|game)[ \t]+(?:park|reserve)|park|forest|reserve|"
                           r"mountains|hills|valley)\b", re.IGNORECASE)


def feature_end(text: str, end: int) -> int | None:
    """Where a feature noun right after a name ending at ``end`` ends (None: no such noun): the
    whole 'Sambisa forest' is the gazetteer's feature, the bare 'Sambisa' is not."""
    m = _FEATURE_TAIL.match(text, end)
    return m.end() if m else None



_POSSESSIVE = ("'s", "’s")


def possessive_names(toks: Sequence[Token], names: Callable[[str], list[str]],
                     locative: set[str]) -> list[tuple[int, int, int, str]]:
    """Place names written with a possessive "'s" ("Cox's Bazar", "St John's", "King's Lynn",
    "'s-Hertogenbosch") that a place the gazetteer finds for them (``names``: its names for a
    surface) spells with its "'s" too, as (start char, end char, first token): the NER and the
    gazetteer pass would split them at the "'s" and read the owner alone ('Cox' in Spain).
    'Maiduguri's streets' is the owner: no place of that name is written with the "'s"."""

    def known(surface: str) -> bool:
        return any("'s" in n.replace("’", "'") for n in names(surface))

    out: list[tuple[int, int, int, str]] = []
    for k, tok in enumerate(toks):
        if tok.text not in _POSSESSIVE:
            continue
        found = None
        # "'s-Hertogenbosch": the Dutch article opens the name
        if (k == 0 or toks[k - 1].whitespace_) and k + 2 < len(toks) and toks[k + 1].text == "-" \
                and not tok.whitespace_ and toks[k + 2].text[:1].isupper():
            end = toks[k + 2].idx + len(toks[k + 2])
            if known(doc_text(tok.doc)[tok.idx : end]):
                found = (tok.idx, end, k)
        for a in range(max(0, k - 3), k):  # the owner's words, longest first
            if found or toks[k - 1].whitespace_:
                break
            if not all(t.text[:1].isupper() or t.text == "." for t in toks[a:k]):
                continue
            for b in (k + 2, k + 1, k):  # up to two words after the "'s", or none ("St John's")
                if b >= len(toks) or not all(t.text[:1].isupper() for t in toks[k + 1 : b + 1]):
                    continue
                end = toks[b].idx + len(toks[b])
                if known(doc_text(tok.doc)[toks[a].idx : end]):
                    found = (toks[a].idx, end, a)
                    break
        if found:  # spaCy's label when it tagged a place in it, else a gazetteer match
            a = found[2]
            label = next((t.ent_type_ for t in toks[a : k + 3] if t.idx < found[1]
                          and t.ent_type_ in ("GPE", "LOC")), None)
            out.append((*found, label or ("GAZ" if a and toks[a - 1].lower_ in locative
                                          else "GAZ_STRONG")))
    return out
