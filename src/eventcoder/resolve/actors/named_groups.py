"""Named groups in a parsed article: knowledge-base actors, acronyms the text defines ("the
Allied Democratic Forces (ADF)") and unknown groups that spaCy tags as organisations. Split from
mentions.py (generic nouns), which re-exports these finders for the actors stage."""

from __future__ import annotations

import functools
import re
from collections.abc import Collection
from typing import Any

from eventcoder.geoparser.countries import code_for_name, demonym_code
from eventcoder.nlp.doc_cache import doc_ents
from eventcoder.resolve.actors import kb as actor_kb
from eventcoder.resolve.actors.dissident_wings import dissident_wing
from eventcoder.resolve.actors.generic_terms import all_term_words
from eventcoder.resolve.actors.hits import Hit, acronym_uses, group_kind, group_label, overlaps
from eventcoder.resolve.actors.nationality import inside_longer_nationality
from eventcoder.resolve.actors.not_names import not_a_name


def known_hits(text: str, country: str | None, backing: Collection[str] = ()) -> list[Hit]:
    """Mentions of knowledge-base actors (``backing``: see ``kb.lookup``)."""
    hits = []
    for h in actor_kb.find_known(text, country, backing):
        if inside_longer_nationality(text, h.start, h.text):
            continue
        entry = dissident_wing(text, h.start, h.end, country) or h.entry
        hits.append(Hit.of_entry(h.start, h.end, h.text, entry, country))
    return hits


_CONNECTORS = {"of", "the", "for", "and", "al", "el", "e", "i", "ul", "wa", "wal", "de", "du",
               "des", "la", "le", "in", "to", "et", "ud", "ad", "as", "an", "ash", "ar", "bin"}
_DEF_RE = re.compile(r"\(\s*([A-Z][A-Za-z0-9/&-]{1,11})\s*\)")


def _initials(words: list[str]) -> set[str]:
    out: set[str] = set()
    for w in words:
        for part in re.split(r"[-/]", w):
            if part:
                out.add(part[0].upper())
    return out


def acronym_definitions(text: str) -> list[tuple[int, int, str, int, int]]:
    """Acronyms the text defines: (long_start, long_end, acronym, acr_start, acr_end)."""
    found = []
    for m in _DEF_RE.finditer(text):
        acr = m.group(1)
        letters = [c for c in acr if c.isalpha()]
        if len(letters) < 2 or acr in actor_kb.agencies():
            continue
        before = text[max(0, m.start() - 120):m.start()].rstrip()
        words = re.findall(r"[\w'’.-]+", before)
        run: list[str] = []
        for w in reversed(words):
            if w[0].isupper() or (w.lower() in _CONNECTORS and run):
                run.insert(0, w)
                if len(run) >= 10:
                    break
            else:
                break
        while run and run[0].lower() in _CONNECTORS:
            run.pop(0)
        # Drop leading words until the first letter of the acronym starts the name.
        while run and run[0][0].upper() != letters[0].upper():
            run.pop(0)
        if not run:
            continue
        if not {c.upper() for c in letters} <= _initials(run):
            continue
        long_form = " ".join(run)
        # a long form may wrap across lines in hard-wrapped copy: find it with breaks as spaces
        long_start = text.replace("\n", " ").rfind(long_form, 0, m.start())
        if long_start < 0:
            continue
        found.append((long_start, long_start + len(long_form), acr, m.start(1), m.end(1)))
    return found


def acronym_hits(text: str, hits: list[Hit], doc_country: str | None) -> list[Hit]:
    """Hits for acronyms defined in the text and their later uses."""
    out: list[Hit] = []
    for ls, le, acr, _as, _ae in acronym_definitions(text):
        owner = next((h for h in hits if h.start < le and ls < h.end), None)
        long_form = text[ls:le]
        if owner is None:
            entry = actor_kb.fuzzy_lookup(long_form, doc_country) or actor_kb.lookup(acr, doc_country)
            if entry:
                owner = Hit.of_entry(ls, le, long_form, entry, doc_country)
            elif _looks_like_group(long_form):
                owner = Hit(ls, le, long_form, f"new:{actor_kb._norm(long_form)}", long_form,
                            group_kind(long_form), f"{acr}: {long_form}", doc_country)
            else:
                continue
            out.append(owner)
        owner.alias = f"{long_form} ({acr})"
        out += acronym_uses(text, acr, owner, [(h.start, h.end) for h in hits + out])
    return out


@functools.cache
def _group_words() -> frozenset[str]:
    return frozenset(actor_kb.terms()["group_words"])


def _looks_like_group(name: str) -> bool:
    words = {w.lower() for w in re.findall(r"[\w'’]+", name)}
    return bool(words & _group_words())


def ner_group_hits(doc: Any, text: str, taken: list[tuple[int, int]],
                   doc_country: str | None) -> list[Hit]:
    """Named groups spaCy finds (ORG/NORP) that the knowledge base does not list."""
    out: list[Hit] = []
    for ent in doc_ents(doc):
        if ent.label_ not in {"ORG", "NORP"}:
            continue
        toks = [t for t in ent if not (t.i == ent.start and t.lower_ == "the")]
        if not toks:
            continue
        start, end = toks[0].idx, ent.end_char
        surface = re.sub(r"['’]s$", "", text[start:end])
        end = start + len(surface)
        if overlaps(start, end, taken) or surface in actor_kb.agencies() or not_a_name(ent):
            continue
        entry = actor_kb.fuzzy_lookup(surface, doc_country)
        if entry:
            out.append(Hit.of_entry(start, end, surface, entry, doc_country))
            continue
        if not _looks_like_group(surface):
            continue
        words = re.findall(r"[\w'’-]+", surface)
        if len(words) == 1 and words[0].lower() in _group_words():
            continue  # "Cartel gunmen", "Militia attacked": a group word alone names no group
        generic = {w.lower() for w in words} & all_term_words()
        rest = [w for w in words if w.lower() not in generic and w.lower() not in {"the", "of"}]
        # "Kenyan Police", "the Somali Army", "the Sri Lankan Army": generic nouns with a
        # nationality (of one word or several), left to terms.
        joined = " ".join(rest)
        if generic and (all(demonym_code(w) or code_for_name(w) for w in rest)
                        or demonym_code(joined) or code_for_name(joined)):
            continue
        out.append(Hit(start, end, surface, f"new:{actor_kb._norm(surface)}", surface,
                       group_kind(surface), group_label(surface), doc_country))
    return out

