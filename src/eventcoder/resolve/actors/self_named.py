"""Organisations that name themselves: "the self-styled X", "a group calling itself X", "a
previously unknown group, the X,", "a communiqué signed by X", "[COMMUNIQUE] [X (ACR)]", "an
alliance of separatist groups, X (ACR),".

These wordings introduce a name the report itself takes from the group, so the knowledge base
seldom lists it. The introduced name is read whole (no truncation) and becomes an organisation
when it reads as one: it holds a word naming a body of people ("Front", "Alliance", "Forces",
"Commando") or defines an acronym. "The so-called peace process", "a self-styled prophet" and
"the so-called 'disappeared'" name no body and stay unread.

The text may be case-restored wire copy ("Anticommunist action alliance"), so names are bounded
by punctuation or the parse, not by capitals, and get title case as their canonical form.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from eventcoder.resolve.actors import kb as actor_kb
from eventcoder.resolve.actors.hits import Hit, acronym_uses, group_kind, overlaps

# Words naming a body of people, beyond the KB's group words.
_BODY_WORDS = {"action", "organization", "organisation", "command", "commando", "commandos",
               "party", "cell", "cells", "network", "union", "brigade", "battalion", "column",
               "committee", "movement", "vanguard", "guerrilla", "guerrillas", "fighters",
               "army", "armies", "patriots", "soldiers", "warriors", "combatants", "cartel",
               "group", "gang", "militia"}
# Words of a state body's name: a ministry's or the army's communiqué is no group's voice.
_STATE_WORDS = {"ministry", "minister", "government", "security", "press", "embassy",
                "president", "presidency", "office", "police", "department", "secretariat",
                "prosecutor", "court", "congress", "assembly", "mayor"}
_CONNECTORS = {"of", "the", "for", "and", "de", "del", "la", "el", "los", "las", "y", "al", "e"}
_MAX_WORDS = 12
_NOUNS = r"(?:group|organi[sz]ation|movement|faction|commando|cell|front|militia|army)"
_PAPERS = r"(?:communiqu[eé]|statement|letter|message|leaflet|pamphlet)s?"
# Wordings that introduce a self-given name; the name follows the match. The noun the wording
# hangs on ("a group calling itself X", "a statement signed by X") stands for the group too:
# "a group calling itself X claimed the attack" makes the group the one that claims.
_INTRO = re.compile(
    r"\b(?:self[- ]?(?:styled|proclaimed|named|described)|so[- ]called"
    r"|(?:(?P<n1>" + _NOUNS + r")\s+)?(?:calling|calls|called|naming|names)\s+"
    r"(?:itself|themselves)"
    r"|(?:previously|hitherto|little[- ]known|formerly)\s+unknown\s+(?P<n2>" + _NOUNS + r")"
    r"(?:\s*,|\s+(?:called|named|known\s+as|(?:calling|naming)\s+(?:itself|themselves)))?"
    r"|(?P<n3>" + _PAPERS + r")\s+(?:was\s+|were\s+)?signed\s+by"
    # "an alliance of Baloch separatist groups, Baloch Raaji Aajoi Sangar (BRAS),"
    r"|(?P<n4>alliance|coalition|umbrella\s+(?:group|organi[sz]ation))\s+of\s+(?:[\w'-]+\s+){0,4}?"
    r"(?:groups|organi[sz]ations|factions|movements|militias),"
    r")\s+(?:the\s+)?", re.IGNORECASE)
# "[COMMUNIQUE] [ANTICOMMUNIST ACTION ALLIANCE (AAA)]": the byline of a communiqué's text.
_HEADER = re.compile(r"\[\s*communiqu[eé]\s*\]\s*\[\s*([^\]\n]{3,120}?)\s*\]", re.IGNORECASE)
_QUOTED = re.compile(r"[\"“'‘]([^\"“”'‘’\n]{3,100})[\"”'’]")
_ACRONYM = re.compile(r"\s*[(\[]\s*([A-Z][A-Z0-9-]{1,9})\s*[)\]]")
_APPOSITION = re.compile(r"(?:\s*,\s*(?:the\s+)?)?", re.IGNORECASE)
_STOP = re.compile(r"[,.;:()\[\]\"“”\n!?]")
_STOP_WORDS = {"who", "which", "that", "said", "claimed", "has", "have", "had", "was", "is",
               "were", "are", "will", "would", "in", "on", "at", "to", "as", "after", "when",
               "with", "from", "by"}


def _words(name: str) -> list[str]:
    return re.findall(r"[\w'’-]+", name)


@functools.cache
def _body_words() -> frozenset[str]:
    return frozenset(set(actor_kb.terms()["group_words"]) | _BODY_WORDS)


def names_a_body(name: str, has_acronym: bool = False) -> bool:
    """True if a self-given name reads as an organisation, not a thing, person or process."""
    words = [w.lower() for w in _words(name)]
    # a name does not open on a joining word ("of the people"), though it may on an article
    if not words or words[0] in {"of", "for", "and", "de", "del", "y"} or len(words) > _MAX_WORDS:
        return False
    if set(words) & _STATE_WORDS or group_kind(name) == "state forces":
        return False
    return has_acronym or bool(set(words) & _body_words())


def canonical(name: str) -> str:
    """A name's canonical form: case-restored lower-case words take title case."""
    out = []
    for i, w in enumerate(name.split()):
        if w.islower() and (i == 0 or w not in _CONNECTORS):
            w = w[:1].upper() + w[1:]
        out.append(w)
    return " ".join(out)


def _unbounded_end(text: str, start: int, doc: Any) -> int:
    """End of a name not closed by punctuation: before a verb or function word, or at a stop."""
    stop = _STOP.search(text, start)
    limit = stop.start() if stop else len(text)
    end = start
    for i, m in enumerate(re.finditer(r"[\w'’-]+", text[start:limit])):
        word = m.group(0)
        tok = doc.char_span(start + m.start(), start + m.end(), alignment_mode="expand") \
            if doc is not None else None
        verb = tok is not None and tok.root.pos_ in {"VERB", "AUX"} and not word[:1].isupper()
        if i >= _MAX_WORDS or (i and (word.lower() in _STOP_WORDS or verb)):
            break
        end = start + m.end()
    return end


_Span = tuple[int, int, tuple[int, int] | None, bool]


def _name_spans(text: str, doc: Any) -> list[_Span]:
    """(start, end, introducing noun's span or None, is a communiqué's byline) of each name a
    wording introduces."""
    spans: list[_Span] = [(m.start(1), m.end(1), None, True) for m in _HEADER.finditer(text)]
    for m in _INTRO.finditer(text):
        noun = next(((m.start(g), m.end(g)) for g in ("n1", "n2", "n3", "n4") if m.group(g)), None)
        q = _QUOTED.match(text, m.end())
        if q:
            spans.append((q.start(1), q.end(1), noun, False))
            continue
        if text[m.end():m.end() + 1] in {"'", "\""}:
            continue
        end = _unbounded_end(text, m.end(), doc)
        # "a cell calling itself a brigade, the "People's Dawn Front"": the quoted name follows
        named = _QUOTED.match(text, _APPOSITION.match(text, end).end())
        if named and _APPOSITION.match(text, end).group(0):
            spans.append((named.start(1), named.end(1), noun, False))
        elif end > m.end():
            spans.append((m.end(), end, noun, False))
    return spans


def self_named_hits(doc: Any, text: str, found: list[Hit], doc_country: str | None) -> list[Hit]:
    """Hits for organisations the report introduces by their own name, with their acronym
    (``found``: the hits of known groups, which keep their spans)."""
    taken = [(h.start, h.end) for h in found]
    out: list[Hit] = []
    for start, end, noun, byline in _name_spans(text, doc):
        signer = next((h for h in found if h.start < end and start < h.end
                       and h.kind in _ARMED), None)
        if byline and signer is not None:  # "[COMMUNIQUE] [FMLN GENERAL COMMAND]"
            out += _voice_hits(text, end, signer, taken)
            continue
        surface = text[start:end]
        acr = _ACRONYM.search(surface)
        if acr and acr.end() == len(surface):  # "[Anticommunist Action Alliance (AAA)]"
            surface, end = surface[:acr.start()], start + acr.start()
        else:
            acr = _ACRONYM.match(text, end)
        acronym = acr.group(1) if acr else None
        if overlaps(start, end, taken + [(h.start, h.end) for h in out]):
            continue
        # "a previously unknown group, Fedayeen-e-Islam,": the group noun says it is a body
        grouped = noun is not None and surface[:1].isupper() \
            and re.fullmatch(_NOUNS, text[noun[0]:noun[1]], re.IGNORECASE) is not None
        if not names_a_body(surface, acronym is not None or grouped):
            continue
        name = canonical(surface)
        known = actor_kb.fuzzy_lookup(name, doc_country)
        if known is not None:
            hit = Hit.of_entry(start, end, surface, known, doc_country)
        else:
            hit = Hit(start, end, surface, f"new:{actor_kb._norm(name)}", name, group_kind(name),
                      name, doc_country)
        out.append(hit)
        if noun and not overlaps(*noun, taken):
            out.append(hit.mention_at(noun[0], noun[1], text[noun[0]:noun[1]], as_alias=False))
        if byline:
            out += _voice_hits(text, end, hit, taken)
        if acronym:
            hit.alias = f"{name} ({acronym})"
            out += acronym_uses(text, acronym, hit, taken + [(h.start, h.end) for h in out])
    return out


_ARMED = {"armed group", "militia"}
_FIRST_PERSON = re.compile(r"\b(?:we|our|us)\b", re.IGNORECASE)


def _voice_hits(text: str, after: int, owner: Hit, taken: list[tuple[int, int]]) -> list[Hit]:
    """Under a communiqué's byline the text is the group's own voice: "we" and "our" are it."""
    return [owner.mention_at(m.start(), m.end(), m.group(0), as_alias=False)
            for m in _FIRST_PERSON.finditer(text, after) if not overlaps(m.start(), m.end(), taken)]
