"""Actors that are people or communities: religious and ethnic communities, governments named
by their capital or country ("Islamabad has denied ..."), and titled or speaking persons."""

from __future__ import annotations

import functools
import re
from typing import Any

from eventcoder.geoparser.countries import capital_code, code_for_name, country_name
from eventcoder.nlp.dateline_ents import dateline_separator
from eventcoder.nlp.doc_cache import doc_ents
from eventcoder.resolve.actors import kb as actor_kb
from eventcoder.resolve.actors.hits import Hit, overlaps
from eventcoder.text.words import word_list


@functools.cache
def _community_regex() -> tuple[re.Pattern[str], dict[str, str]]:
    table: dict[str, str] = {}
    for c in actor_kb.terms()["communities"]:
        for w in c["words"]:
            table[w.lower()] = c["name"]
    words = sorted(table, key=len, reverse=True)
    rx = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?![\w])",
                    re.IGNORECASE)
    return rx, table


def community_hits(text: str, taken: list[tuple[int, int]], doc_country: str | None) -> list[Hit]:
    """Religious and ethnic communities named in the text."""
    rx, table = _community_regex()
    out = []
    cname = country_name(doc_country)
    for m in rx.finditer(text):
        if overlaps(m.start(), m.end(), taken) or not m.group(0)[0].isupper():
            continue
        name = table[m.group(0).lower()]
        out.append(Hit(m.start(), m.end(), m.group(0), f"community:{name}", name,
                       "communal group", f"Civilians ({cname})" if cname else None, doc_country,
                       cls="community"))
    return out


def government_hits(doc: Any, text: str, taken: list[tuple[int, int]]) -> list[Hit]:
    """Capitals and countries standing for their government ("Islamabad has denied ...")."""
    verbs = set(actor_kb.terms()["metonymy_verbs"])
    out = []
    dateline = dateline_separator(text)
    for ent in doc_ents(doc):
        # a capital the tagger took for a person or a body ("Yerevan said") stands for it too
        if not (ent.label_ == "GPE" or (ent.label_ in {"PERSON", "ORG"} and capital_code(ent.text))) \
                or overlaps(ent.start_char, ent.end_char, taken):
            continue
        if dateline is not None and ent.end_char <= dateline[1]:
            continue  # "LUANDA - The FLEC claimed ...": the dateline names where it was filed
        root = ent.root
        if root.dep_ not in {"nsubj", "nsubjpass"} or root.head.lemma_.lower() not in verbs:
            continue
        if _tail_of_longer_name(ent):
            continue  # "Tehreek-i-Jihad Pakistan claimed ...": a group named after the country
        code = capital_code(ent.text) or code_for_name(ent.text)
        if not code or not country_name(code):
            continue
        name = f"Government of {country_name(code)}"
        out.append(Hit(ent.start_char, ent.end_char, ent.text, f"gov:{code}", name, "government",
                       name, code))
    return out


def _tail_of_longer_name(ent: Any) -> bool:
    """The country closes a longer proper name ("Lashkar-e-Islam Pakistan", "Radio Pakistan"):
    a capitalised word that does not open the sentence stands right before it."""
    if ent.start == 0:
        return False
    prev = ent.doc[ent.start - 1]
    return prev.text[:1].isupper() and prev.is_alpha and not prev.is_sent_start


@functools.cache
def title_words() -> dict[str, str]:
    """lower-case title word → source/person type (official, analyst, militant ...)."""
    table: dict[str, str] = {}
    for kind, words in actor_kb.terms()["titles"].items():
        for w in words:
            table.setdefault(w.lower(), kind)
    return table


def person_title(ent: Any) -> tuple[str | None, str | None]:
    """(title as written, type) for a PERSON entity: "Sindh Chief Minister", "official"."""
    doc = ent.doc
    i = ent.start
    while i > 0:
        t = doc[i - 1]
        if t.is_punct or t.dep_ in {"det", "case"} or t.pos_ in {"VERB", "AUX", "ADP", "DET"}:
            break
        if t.dep_ not in {"compound", "amod", "nmod", "nummod"} and not t.is_title:
            break
        i -= 1
    title = doc[i:ent.start].text if i < ent.start else None
    if title is None:
        appos = [c for c in ent.root.children if c.dep_ == "appos"]
        if appos:
            sub = list(appos[0].subtree)
            title = doc[sub[0].i:sub[-1].i + 1].text
            title = re.sub(r"^(an?|the)\s+", "", title)
    if not title:
        return None, None
    return (title, title_kind(title)) if title_kind(title) else (None, None)


def title_kind(title: str) -> str | None:
    """Type a title by its head word, read from the end ("Security analyst" → analyst)."""
    words = re.findall(r"[\w'’-]+", title.lower())
    for j in range(len(words) - 1, -1, -1):
        for n in (2, 1):
            k = title_words().get(" ".join(words[max(0, j - n + 1):j + 1]))
            if k:
                return k
    return None


# Whoever accuses or blames speaks too ("Kabila accused Rwanda ...").
SPEECH = word_list("speech_verbs") | {"accuse", "blame"}


def person_hits(doc: Any, taken: list[tuple[int, int]]) -> list[Hit]:
    """Titled persons and persons who speak; later surname-only mentions join them."""
    out: list[Hit] = []
    names: dict[str, Hit] = {}
    for ent in doc_ents(doc):
        if ent.label_ != "PERSON" or overlaps(ent.start_char, ent.end_char, taken):
            continue
        text = re.sub(r"['’]s$", "", ent.text)
        prior = next((h for n, h in names.items()
                      if text in n.split() or n.endswith(" " + text)), None)
        if prior is not None:
            out.append(Hit(ent.start_char, ent.start_char + len(text), text, prior.key,
                           prior.name, prior.kind))
            continue
        title, kind = person_title(ent)
        speaks = ent.root.dep_ == "nsubj" and ent.root.head.lemma_.lower() in SPEECH
        if not title and not speaks:
            continue
        pkind = f"person ({kind})" if kind else "person"
        hit = Hit(ent.start_char, ent.start_char + len(text), text, f"person:{text}", text, pkind)
        names[text] = hit
        out.append(hit)
    return out
